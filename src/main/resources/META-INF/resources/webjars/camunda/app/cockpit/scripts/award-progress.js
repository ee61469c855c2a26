/*
 * 评选进度 — the award office's view of a cycle in Cockpit.
 *
 * Three plugins of Camunda 7's Cockpit plugin API (export default, one per plugin point):
 * - cockpit.dashboard: one line per cycle with its stage and nominations per stage;
 * - cockpit.route "/award-progress": the page of one cycle (#/award-progress?cycle=2026);
 * - cockpit.navigation: the menu entry 评选进度.
 * The figures come from GET /api/cycles/{cycle}/progress (office only), called with the Cockpit
 * session. Every text from the server is set with textContent, never parsed as markup.
 */

const ZONE = 'Asia/Shanghai';
const ROUTE = '/award-progress';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined) {
      node.setAttribute(name, value);
    }
  });
  children.flat(Infinity).forEach(child => {
    if (child === null || child === undefined) {
      return;
    }
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child))
      : child);
  });
  return node;
}

function when(iso) {
  if (!iso) {
    return '—';
  }
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
  }).format(new Date(iso));
}

async function getJson(url, api) {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken || '' }
  });
  if (response.status === 403) {
    throw new Error('只有评审办公室可以查看评选进度。');
  }
  if (!response.ok) {
    let message = '读取评选进度失败（HTTP ' + response.status + '）。';
    try {
      const body = await response.json();
      if (body && body.message) {
        message = body.message;
      }
    } catch (ignored) {
      // the status line says enough
    }
    throw new Error(message);
  }
  return response.json();
}

/** The cycles: business keys of the 评选周期 instances, newest first. */
async function cycleIds(api) {
  const instances = await getJson(
    api.engineApi + '/history/process-instance?processDefinitionKey=awardCycle&sortBy=startTime&sortOrder=desc', api);
  return [...new Set(instances.map(i => i.businessKey).filter(Boolean))];
}

function progress(cycle, api) {
  return getJson('/api/cycles/' + encodeURIComponent(cycle) + '/progress', api);
}

function instanceLink(processInstanceId, text) {
  if (!processInstanceId) {
    return el('span', {}, text);
  }
  return el('a', {
    href: '#/process-instance/' + encodeURIComponent(processInstanceId) + '/runtime',
    'data-instance': processInstanceId
  }, text);
}

function failure(node, error) {
  node.replaceChildren(el('div', { class: 'alert alert-danger', 'data-award-error': '' }, error.message));
}

/* ---------- the page of one cycle ---------- */

function renderCycle(node, data) {
  const byId = new Map(data.nominations.map(n => [n.id, n]));
  const detail = el('div', { 'data-award-detail': '' });

  function showNominations(title, ids) {
    const rows = ids.map(id => byId.get(id)).filter(Boolean).map(n =>
      el('tr', { 'data-nomination': n.id },
        el('td', {}, instanceLink(n.processInstanceId, n.referenceNo || String(n.id))),
        el('td', {}, n.nomineeName),
        el('td', {}, n.track),
        el('td', {}, n.stage)));
    detail.replaceChildren(
      el('h4', {}, title + '（' + ids.length + ' 份申报）'),
      el('table', { class: 'cam-table' },
        el('thead', {}, el('tr', {}, el('th', {}, '申报编号'), el('th', {}, '被推荐人'), el('th', {}, '评审类别'), el('th', {}, '阶段'))),
        el('tbody', {}, rows)));
  }

  function figure(key, fig, title) {
    if (!fig || fig.count === 0) {
      return el('span', { 'data-figure': key }, '0');
    }
    const link = el('a', { href: '', 'data-figure': key, title: '查看这些申报' }, String(fig.count));
    link.addEventListener('click', event => {
      event.preventDefault();
      showNominations(title, fig.nominations);
    });
    return link;
  }

  const c = data.cycle;
  const head = el('div', {},
    el('h2', {}, '评选进度：', c.name),
    el('p', {},
      '当前阶段：', el('strong', { 'data-cycle-stage': '' }, c.stage), '　',
      c.processInstanceId ? instanceLink(c.processInstanceId, '查看评选周期流程实例') : null),
    el('table', { class: 'cam-table' },
      el('tbody', {}, c.deadlines.map(d => el('tr', {}, el('th', {}, d.name), el('td', {}, when(d.at)))))));

  const stageCodes = data.stages.map(s => s.code);
  const stages = el('section', {},
    el('h3', {}, '各阶段申报数'),
    el('table', { class: 'cam-table', 'data-award-stages': '' },
      el('thead', {}, el('tr', {}, el('th', {}, '评审类别'), data.stages.map(s => el('th', {}, s.stage)), el('th', {}, '合计'))),
      el('tbody', {},
        data.tracks.map(t => el('tr', {},
          el('th', {}, t.track),
          t.stages.map(s => el('td', {}, figure('track-' + (t.code || 'NONE') + '-' + s.code, s.nominations, t.track + ' · ' + s.stage))),
          el('td', {}, figure('track-' + (t.code || 'NONE'), t.nominations, t.track)))),
        el('tr', {},
          el('th', {}, '全部'),
          data.stages.map(s => el('td', {}, figure('stage-' + s.code, s.nominations, s.stage))),
          el('td', {}, figure('all', { count: data.nominations.length, nominations: data.nominations.map(n => n.id) }, '全部申报'))))));

  function seatsTable(title, rows, prefix, heading) {
    return el('section', {},
      el('h3', {}, title),
      rows.length === 0 ? el('p', {}, '暂无评审席位。') : el('table', { class: 'cam-table' },
        el('thead', {}, el('tr', {}, el('th', {}, heading), el('th', {}, '席位'), el('th', {}, '已评'), el('th', {}, '未评'), el('th', {}, '已逾期'))),
        el('tbody', {}, rows.map(r => el('tr', {},
          el('th', {}, r.name),
          ['seats', 'completed', 'open', 'overdue'].map(f =>
            el('td', {}, figure(prefix + '-' + r.key + '-' + f, r[f], r.name + ' · ' + { seats: '席位', completed: '已评', open: '未评', overdue: '已逾期' }[f]))))))));
  }

  const objections = el('section', {},
    el('h3', {}, '未结异议'),
    data.objections.length === 0 ? el('p', {}, '没有未结的异议。') : el('table', { class: 'cam-table', 'data-award-objections': '' },
      el('thead', {}, el('tr', {}, el('th', {}, '异议'), el('th', {}, '被异议申报'), el('th', {}, '提出时间'), el('th', {}, '当前环节'), el('th', {}, '截止时间'))),
      el('tbody', {}, data.objections.map(o => el('tr', {},
        el('td', {}, instanceLink(o.processInstanceId, '异议 ' + o.id)),
        el('td', {}, o.referenceNo || '', ' ', o.nomineeName),
        el('td', {}, when(o.filedAt)),
        el('td', {}, o.step || '—'),
        el('td', {}, when(o.due)))))));

  const troubles = el('section', {},
    el('h3', {}, '事故与失败的作业'),
    data.troubles.length === 0 ? el('p', { 'data-award-troubles': '0' }, '本周期的流程实例没有事故或失败的作业。') : el('table', { class: 'cam-table', 'data-award-troubles': String(data.troubles.length) },
      el('thead', {}, el('tr', {}, el('th', {}, '类别'), el('th', {}, '流程'), el('th', {}, '申报'), el('th', {}, '活动'), el('th', {}, '消息'), el('th', {}, '发生时间'), el('th', {}, '剩余重试'))),
      el('tbody', {}, data.troubles.map(t => el('tr', {},
        el('td', {}, t.kind),
        el('td', {}, instanceLink(t.processInstanceId, t.process)),
        el('td', {}, t.referenceNo || '—'),
        el('td', {}, t.activityId || '—'),
        el('td', {}, t.message || ''),
        el('td', {}, when(t.since)),
        el('td', {}, t.retries === null || t.retries === undefined ? '—' : String(t.retries)))))));

  const h = data.historyCleanup;
  const removedNames = {
    'history-cleanup-removed-process-instances': '流程实例',
    'history-cleanup-removed-decision-instances': '决策实例',
    'history-cleanup-removed-batch-operations': '批处理',
    'history-cleanup-removed-task-metrics': '任务指标'
  };
  const cleanup = el('section', { 'data-award-cleanup': '' },
    el('h3', {}, '历史清理'),
    el('p', {},
      '清理时段：', h.windowStart && h.windowEnd ? h.windowStart + '–' + h.windowEnd : '未设置', '；',
      '上次运行：', el('span', { 'data-cleanup-last-run': '' }, h.lastRun ? when(h.lastRun) : '尚未运行'), '。'),
    el('p', {}, '累计清理：',
      Object.entries(h.removed || {}).map(([metric, count]) => (removedNames[metric] || metric) + ' ' + count + ' 条').join('，')));

  node.replaceChildren(head, stages,
    seatsTable('专家评分进度（按评审类别）', data.seatsByTrack, 'seats-track', '评审类别'),
    seatsTable('专家评分进度（按专家）', data.seatsByExpert, 'seats-expert', '专家'),
    detail, objections, troubles, cleanup);
  showNominations('全部申报', data.nominations.map(n => n.id));
}

function cycleFromHash() {
  const query = (window.location.hash.split('?')[1] || '');
  return new URLSearchParams(query).get('cycle');
}

async function renderPage(node, api) {
  node.replaceChildren(el('p', {}, '正在加载评选进度…'));
  try {
    const ids = await cycleIds(api);
    const cycle = cycleFromHash() || ids[0];
    if (!cycle) {
      node.replaceChildren(el('p', {}, '尚未开启任何评选周期。'));
      return;
    }
    const chooser = el('p', {}, '评选周期：', ids.map(id => [
      id === cycle ? el('strong', {}, id) : el('a', { href: '#' + ROUTE + '?cycle=' + encodeURIComponent(id) }, id), ' ']));
    const body = el('div', { 'data-award-cycle': cycle });
    node.replaceChildren(el('div', { class: 'award-progress', style: 'padding: 1em 2em' }, chooser, body));
    renderCycle(body, await progress(cycle, api));
  } catch (error) {
    failure(node, error);
  }
}

/* ---------- the dashboard entry ---------- */

async function renderDashboard(node, api) {
  const box = el('section', { class: 'award-progress-dashboard', 'data-award-dashboard': '' }, el('h3', {}, '评选进度'));
  node.replaceChildren(box);
  try {
    const ids = await cycleIds(api);
    if (ids.length === 0) {
      box.appendChild(el('p', {}, '尚未开启任何评选周期。'));
      return;
    }
    for (const id of ids) {
      const data = await progress(id, api);
      const busy = data.stages.filter(s => s.nominations.count > 0);
      box.appendChild(el('p', { 'data-dashboard-cycle': id },
        el('a', { href: '#' + ROUTE + '?cycle=' + encodeURIComponent(id) }, data.cycle.name),
        '　阶段：', el('strong', {}, data.cycle.stage), '　',
        busy.map(s => [
          el('a', { href: '#' + ROUTE + '?cycle=' + encodeURIComponent(id), 'data-dashboard-figure': id + '-' + s.code },
            s.stage + ' ' + s.nominations.count), '　']),
        data.troubles.length > 0 ? el('span', { class: 'text-danger' }, '事故与失败的作业 ' + data.troubles.length) : null));
    }
  } catch (error) {
    failure(box, error);
  }
}

let pageListener = null;

export default [
  {
    id: 'awardProgressDashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node, { api }) => {
      renderDashboard(node, api);
    }
  },
  {
    id: 'awardProgressNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 20,
    properties: { path: ROUTE },
    render: node => {
      node.replaceChildren(el('a', { href: '#' + ROUTE }, '评选进度'));
    }
  },
  {
    id: 'awardProgressPage',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: ROUTE },
    render: (node, { api }) => {
      pageListener = () => {
        if (window.location.hash.startsWith('#' + ROUTE)) {
          renderPage(node, api);
        }
      };
      window.addEventListener('hashchange', pageListener);
      renderPage(node, api);
    },
    unmount: () => {
      if (pageListener) {
        window.removeEventListener('hashchange', pageListener);
        pageListener = null;
      }
    }
  }
];
