/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // 武汉市市长质量奖（个人奖）: Simplified Chinese (locales/zh.json) is offered
  // and picked automatically for browsers whose first preferred language is
  // zh / zh-CN / zh-Hans-CN, as in Tasklist; every other language falls back
  // to English.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },

  // The app's name is the login page's heading at the root address, where
  // everyone signs in; Camunda's default there is the English "Welcome".
  app: {
    name: '武汉市市长质量奖评审系统'
  }
};
