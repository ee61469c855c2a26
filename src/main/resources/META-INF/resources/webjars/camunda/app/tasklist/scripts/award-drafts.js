/*
 * 评分草稿 — on an expert's score sheet, Tasklist's 保存 keeps a draft on the server.
 *
 * Tasklist's own 保存 validates the whole form (every empty item turns red) and keeps the data in
 * this browser's localStorage, where the next person at a shared computer would find it. On a score
 * sheet this script takes its place:
 * - 保存 sends the score items and the comment to PUT /api/tasks/{task}/score-draft, which checks
 *   them and keeps them for this expert only; the answer (saved, or the server's Chinese refusal)
 *   is shown beside the buttons;
 * - when a score sheet is opened, its draft (GET, same address) is written into the form's schema
 *   as the fields' default values before Tasklist hands the schema to form-js, so the form opens
 *   with them, in any browser the expert logs in with, and says so beside the buttons;
 * - Tasklist never writes a score sheet to localStorage, and what an older version left there is
 *   removed.
 * A score sheet is a form with number fields keyed score_…; every other form keeps Tasklist's 保存.
 * Plain ES module (Tasklist's customScripts imports it); it exports nothing.
 */

const SCORE_PREFIX = 'score_';
const COMMENT = 'score_comment';
const STORED_FORM = 'camunda-form:';
const DEPLOYED_FORM = /\/task\/([^/?#]+)\/deployed-form(?:[?#]|$)/;
const SAVE_BUTTON = 'button[ng-click^="save("]';

/** taskId → { fields: [{ id, key, type }], draft } for the score sheets opened in this page. */
const sheets = new Map();

function draftUrl(taskId) {
  return '/api/tasks/' + encodeURIComponent(taskId) + '/score-draft';
}

/** The fields a draft keeps: the number fields of the sheet's items and the comment. */
function draftFields(schema) {
  const found = [];
  (function walk(components) {
    (components || []).forEach(component => {
      const key = component.key;
      if (typeof key === 'string'
          && ((component.type === 'number' && key.startsWith(SCORE_PREFIX)) || key === COMMENT)) {
        found.push({ id: component.id, key: key, type: component.type });
      }
      walk(component.components);
    });
  })(schema && schema.components);
  return found.some(field => field.type === 'number') ? found : [];
}

function withDraft(schema, draft) {
  (function walk(components) {
    (components || []).forEach(component => {
      if (component.key === COMMENT && draft.comment) {
        component.defaultValue = draft.comment;
      } else if (draft.scores && Object.prototype.hasOwnProperty.call(draft.scores, component.key)) {
        component.defaultValue = draft.scores[component.key];
      }
      walk(component.components);
    });
  })(schema.components);
  return schema;
}

const originalFetch = window.fetch.bind(window);

async function readDraft(taskId) {
  try {
    const response = await originalFetch(draftUrl(taskId), { headers: { Accept: 'application/json' } });
    return response.status === 200 ? await response.json() : null;
  } catch (unreachable) {
    return null;
  }
}

// Tasklist fetches a task's Camunda Form with window.fetch, then imports it into form-js
window.fetch = async function (input, init) {
  const url = typeof input === 'string' ? input : (input && input.url) || '';
  const match = DEPLOYED_FORM.exec(url);
  const response = await originalFetch(input, init);
  if (!match || !response.ok) {
    return response;
  }
  const taskId = decodeURIComponent(match[1]);
  clearStatuses(taskId);
  let schema;
  try {
    schema = await response.clone().json();
  } catch (notJson) {
    return response;
  }
  const fields = draftFields(schema);
  if (!fields.length) {
    sheets.delete(taskId);
    return response;
  }
  const draft = await readDraft(taskId);
  sheets.set(taskId, { fields: fields, draft: draft });
  if (!draft) {
    return response;
  }
  announceRestored(taskId, draft);
  return new Response(JSON.stringify(withDraft(schema, draft)), {
    status: response.status,
    statusText: response.statusText,
    headers: { 'Content-Type': 'application/json' }
  });
};

// Tasklist keeps a form's data under camunda-form:<task>; a score sheet never goes there
const originalSetItem = Storage.prototype.setItem;

function holdsScores(value) {
  try {
    const data = JSON.parse(value);
    return !!data && typeof data === 'object'
      && Object.keys(data).some(key => key.startsWith(SCORE_PREFIX));
  } catch (notJson) {
    return false;
  }
}

Storage.prototype.setItem = function (key, value) {
  if (this === window.localStorage && String(key).startsWith(STORED_FORM) && holdsScores(String(value))) {
    return;
  }
  return originalSetItem.apply(this, arguments);
};

(function removeStoredSheets() {
  const stale = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key && key.startsWith(STORED_FORM) && holdsScores(localStorage.getItem(key))) {
      stale.push(key);
    }
  }
  stale.forEach(key => localStorage.removeItem(key));
})();

/** The task open in Tasklist: #/?task=<id>&… */
function openTaskId() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

/** form-js gives a field's input the id fjs-form-<form>-<field id>. */
function inputOf(field) {
  if (!field.id) {
    return null;
  }
  const candidates = document.querySelectorAll('.fjs-form [id$="-' + CSS.escape(field.id) + '"]');
  return Array.from(candidates).find(node => node.matches('input, textarea')) || null;
}

function valueOf(text) {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  const number = Number(trimmed);
  // a text that is no number goes as it is, so the server names the item in its refusal
  return Number.isFinite(number) ? number : trimmed;
}

/** The draft as the form shows it now; a field the form hides keeps what the last draft had. */
function currentDraft(sheet) {
  const kept = sheet.draft || { scores: {}, comment: null };
  const draft = { scores: {}, comment: null };
  sheet.fields.forEach(field => {
    const input = inputOf(field);
    if (field.key === COMMENT) {
      const text = input ? input.value : (kept.comment || '');
      draft.comment = text.trim() === '' ? null : text;
    } else if (input) {
      draft.scores[field.key] = valueOf(input.value);
    } else if (kept.scores && kept.scores[field.key] !== undefined) {
      draft.scores[field.key] = kept.scores[field.key];
    }
  });
  return draft;
}

/** The line beside 保存 that says what became of the draft of this task. */
function statusBeside(button, taskId) {
  const actions = button.parentElement;
  let status = actions.querySelector('.award-draft-status');
  if (!status) {
    status = document.createElement('div');
    status.className = 'award-draft-status';
    status.setAttribute('role', 'status');
    actions.insertBefore(status, actions.firstChild);
  }
  status.dataset.task = taskId;
  return status;
}

/** Another task is opening: what was said about a draft of a task before is no longer true here. */
function clearStatuses(taskId) {
  document.querySelectorAll('.award-draft-status').forEach(status => {
    if (status.dataset.task !== taskId) {
      status.remove();
    }
  });
}

/** Once the form's buttons are there, says that the sheet opened with its draft, and from when. */
function announceRestored(taskId, draft) {
  let tries = 0;
  (function attempt() {
    const button = document.querySelector(SAVE_BUTTON);
    if (openTaskId() !== taskId || tries++ > 50) {
      return;
    }
    if (!button) {
      window.setTimeout(attempt, 200);
      return;
    }
    const savedAt = new Date(draft.savedAt).toLocaleString('zh-CN', {
      month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit'
    });
    show(statusBeside(button, taskId), 'restored', ['已恢复您于 ' + savedAt + ' 保存的草稿。']);
  })();
}

function show(status, kind, lines) {
  status.classList.toggle('award-draft-failed', kind === 'failed');
  status.replaceChildren(...lines.map(line => {
    const p = document.createElement('p');
    p.textContent = line;
    return p;
  }));
}

function timeNow() {
  return new Date().toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });
}

async function saveDraft(taskId, sheet, button) {
  const status = statusBeside(button, taskId);
  const draft = currentDraft(sheet);
  show(status, 'saving', ['正在保存草稿……']);
  let response;
  try {
    response = await originalFetch(draftUrl(taskId), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(draft)
    });
  } catch (unreachable) {
    show(status, 'failed', ['草稿未保存：无法连接服务器，请稍后再试。']);
    return;
  }
  if (response.ok) {
    sheet.draft = response.status === 200 ? await response.json() : null;
    show(status, 'saved', ['草稿已于 ' + timeNow() + ' 保存在服务器上，只有您本人可见；再次打开本任务时自动恢复。提交评分表后草稿即删除。']);
    return;
  }
  let refusal = null;
  try {
    refusal = await response.json();
  } catch (notJson) {
    // shown below without details
  }
  const details = refusal && Array.isArray(refusal.errors) && refusal.errors.length
    ? refusal.errors.map(problem => problem.message)
    : [refusal && refusal.message ? refusal.message : '服务器答复 ' + response.status + '。'];
  show(status, 'failed', ['草稿未保存，原来保存的草稿不变：'].concat(details));
}

// Tasklist's 保存 button: on a score sheet, the draft is saved instead (capture phase, before Tasklist)
document.addEventListener('click', event => {
  const button = event.target instanceof Element ? event.target.closest(SAVE_BUTTON) : null;
  const taskId = button ? openTaskId() : null;
  const sheet = taskId ? sheets.get(taskId) : null;
  if (!sheet) {
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  saveDraft(taskId, sheet, button);
}, true);
