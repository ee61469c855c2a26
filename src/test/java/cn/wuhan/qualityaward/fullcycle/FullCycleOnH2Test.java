package cn.wuhan.qualityaward.fullcycle;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;

@AwardIntegrationTest
class FullCycleOnH2Test extends FullCycleScenario {}
