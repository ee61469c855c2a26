/*
 * 武汉市市长质量奖（个人奖）: Tasklist as the award's people use it.
 *
 * A plain ES module loaded through customScripts (scripts/config.js); it registers no plugin and
 * changes Tasklist only where Tasklist offers no setting:
 * - who may do what: the body gets the class `award-may-administer` for someone who may open Admin
 *   (the administrator) and `award-may-cockpit` for someone who may open Cockpit (the office), from
 *   GET …/api/admin/auth/user/default; user-styles.css hides, for everyone else, the controls the
 *   award's guard refuses them (new task, comments, groups, dates, assignee, unclaim) and the ↗ link
 *   to Cockpit;
 * - counts on every filter: Tasklist counts only the filter that is open, so the others get theirs
 *   from GET …/filter?itemCount=true, refreshed as Tasklist refreshes its list;
 * - a task the person has not claimed opens read-only with nothing to say so: a hint above the form
 *   says why, with the claim button beside it;
 * - relative times: Tasklist loads the fallback language's date strings after Chinese, and moment
 *   then switches every "2分钟前" to "a minute ago"; the language Tasklist uses is set again.
 * Every text from the server is set with textContent, never parsed as markup.
 */

const base = document.querySelector('base');
const ADMIN_API = base.getAttribute('admin-api');
const ENGINE_API = base.getAttribute('engine-api') + 'engine/default/';
const REFRESH_MS = 10000;

const counts = new Map();
let countsLoading = false;
let countsAgain = false;
let countsLoadedAt = 0;
let userId = null;

async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(url + ' answered ' + response.status);
  }
  return response.json();
}

async function readRoles() {
  try {
    const user = await getJson(ADMIN_API + 'auth/user/default');
    const apps = user.authorizedApps || [];
    userId = user.userId || null;
    document.body.classList.toggle('award-may-administer', apps.includes('admin'));
    document.body.classList.toggle('award-may-cockpit', apps.includes('cockpit'));
  } catch (notLoggedIn) {
    userId = null;
    document.body.classList.remove('award-may-administer', 'award-may-cockpit');
  }
  counts.clear();
  countsLoadedAt = 0;
}

async function loadCounts() {
  if (!userId || !document.querySelector('.task-filter')) {
    return;
  }
  if (countsLoading) {
    countsAgain = true;
    return;
  }
  countsLoading = true;
  try {
    const filters = await getJson(ENGINE_API + 'filter?resourceType=Task&itemCount=true');
    counts.clear();
    filters.forEach(filter => counts.set(filter.name, filter.itemCount));
    countsLoadedAt = Date.now();
    showCounts();
  } catch (failed) {
    console.warn('筛选器计数未能读取', failed);
  } finally {
    countsLoading = false;
  }
  if (countsAgain) {
    countsAgain = false;
    loadCounts();
  }
}

/** The filter's name as Tasklist writes it: the first text of its link, before any count. */
function filterName(link) {
  const text = Array.from(link.childNodes).find(node => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
  return text ? text.textContent.trim() : null;
}

function showCounts() {
  document.querySelectorAll('.task-filter h4.name a').forEach(link => {
    const count = counts.get(filterName(link));
    let badge = link.querySelector('.award-count');
    if (count === undefined) {
      if (badge) {
        badge.remove();
      }
      return;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'award-count';
      link.appendChild(badge);
    }
    const text = '(' + count + ')';
    if (badge.textContent !== text) {
      badge.textContent = text;
    }
  });
}

const HINT_CLASS = 'award-claim-hint';

/** Above a read-only task form: why it is read-only and, when it may be claimed, the claim button. */
function showClaimHint() {
  const pane = document.querySelector('.task-details .form-pane');
  if (!pane) {
    return;
  }
  const readOnly = pane.querySelector('.disabled-form');
  const claim = document.querySelector('.task-details [cam-tasklist-task-meta] button.claim');
  let hint = pane.querySelector('.' + HINT_CLASS);
  if (!readOnly) {
    if (hint) {
      hint.remove();
    }
    return;
  }
  const kind = claim ? 'claimable' : 'taken';
  if (hint && hint.dataset.kind === kind && hint.nextElementSibling === readOnly) {
    return;
  }
  if (hint) {
    hint.remove();
  }
  hint = document.createElement('div');
  hint.className = HINT_CLASS + ' alert alert-info';
  hint.dataset.kind = kind;
  hint.setAttribute('role', 'note');
  const text = document.createElement('span');
  if (claim) {
    text.textContent = '此任务尚未认领，表单只能查看（查看申报材料不受影响）。认领后即可填写并提交；'
      + '认领后由您一人办理，其他人不能再办理。';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-primary btn-sm award-claim-now';
    button.textContent = '认领此任务';
    button.addEventListener('click', () => {
      const current = document.querySelector('.task-details [cam-tasklist-task-meta] button.claim');
      if (current) {
        current.click();
      }
    });
    hint.append(text, button);
  } else {
    text.textContent = '此任务由他人办理，您只能查看，不能填写或提交。';
    hint.append(text);
  }
  readOnly.parentNode.insertBefore(hint, readOnly);
}

let injector = null;

/** moment's language back to Tasklist's, whenever another language's date strings took it over. */
function keepDateLanguage() {
  if (!injector) {
    const root = window.angular && window.angular.element(document.body).injector();
    if (!root) {
      return;
    }
    injector = root;
    const rootScope = injector.get('$rootScope');
    ['$translateChangeEnd', '$translateLoadingEnd', '$translateRefreshEnd'].forEach(event =>
      rootScope.$on(event, () => setTimeout(keepDateLanguage, 0)));
    rootScope.$on('authentication.changed', () => readRoles().then(loadCounts));
    rootScope.$on('refresh', () => loadCounts());
  }
  const language = injector.get('$translate').use();
  const moment = injector.get('moment');
  if (language && moment.locales().includes(language) && moment.locale() !== language) {
    injector.get('amMoment').changeLocale(language);
  }
}

let scheduled = false;
let openFilterSeen = null;

/** The open filter and Tasklist's own count of it: when it changes (a claim, a completion), so do the others. */
function openFilterState() {
  const open = document.querySelector('.task-filter.active h4.name a');
  if (!open) {
    return null;
  }
  const counter = open.querySelector('.counter');
  return filterName(open) + '|' + (counter ? counter.textContent.trim() : '');
}

function update() {
  scheduled = false;
  keepDateLanguage();
  showCounts();
  showClaimHint();
  const openFilter = openFilterState();
  const listChanged = openFilter !== openFilterSeen;
  openFilterSeen = openFilter;
  if (userId && (listChanged || Date.now() - countsLoadedAt > REFRESH_MS)) {
    loadCounts();
  }
}

new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(update);
  }
}).observe(document.body, {childList: true, subtree: true});

// a completed or claimed task changes the list; counts follow within Tasklist's own refresh period
setInterval(update, REFRESH_MS);
readRoles().then(update);
