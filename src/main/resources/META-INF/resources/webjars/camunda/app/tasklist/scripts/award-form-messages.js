/*
 * 武汉市市长质量奖（个人奖）: every Camunda Form in Tasklist speaks Chinese, and 完成 says why it
 * cannot be used yet.
 *
 * - form-js 1.8 (bundled by Camunda 7.24) writes its validation messages, the select placeholder and
 *   a few labels in English and offers no hook to translate them (bpmn-io/form-js#443). This script
 *   watches the page (MutationObserver) and rewrites those texts in place inside `.fjs-form`: form-js
 *   (Preact) only touches a text node again when its own message changes, and then it is rewritten
 *   again. Texts it does not know are left as they are.
 * - Above Tasklist's 完成 (and a start form's 发起) it shows how many fields are unfilled or invalid, with a button that
 *   scrolls to the first and puts the cursor in it. form-js shows an error only once a field was
 *   changed, so the count is read from the page: a field with an error, or a required field
 *   (marked *) still empty. Fields form-js hides are not in the page and do not count.
 * - Links to a nomination's materials (/api/nominations/{id}/documents) and its 申报表
 *   (/api/nominations/{id}) open in a new tab, so
 *   Tasklist and what was typed in it stay where they are.
 *
 * Loaded by scripts/config.js (customScripts). Every text is set with textContent, never markup.
 */

const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, m => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, m => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, m => `至少填写 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, m => `最多填写 ${m[1]} 个字。`],
  [/^Field must match pattern (.+)\.$/, m => `格式不符合要求（${m[1]}）。`],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的电话号码（含国际区号，如 +862787654321）。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to be an integer\.$/, () => '请填写整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, m => `最多保留 ${m[1]} 位小数。`],
  [
    /^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    m => `请按规定的间隔填写，最接近的两个有效值是 ${m[1]} 和 ${m[2]}。`
  ]
];

const TEXTS = {
  Select: '请选择',
  Search: '搜索',
  'No results': '无匹配选项',
  'Nothing to show.': '暂无数据。'
};

const ATTRIBUTES = {
  Increment: '增加',
  Decrement: '减少',
  Search: '搜索',
  Select: '请选择'
};

// a nomination's materials and the office's view of its 申报表 (/api/nominations/{id})
const MATERIALS = /^\/api\/nominations\/[^/]+(\/documents)?\/?$/;

function translated(text) {
  const trimmed = text.trim();
  if (Object.prototype.hasOwnProperty.call(TEXTS, trimmed)) {
    return TEXTS[trimmed];
  }
  for (const [pattern, message] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return message(match);
    }
  }
  return null;
}

function translate(form) {
  const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/[A-Za-z]/.test(node.data)) {
      const chinese = translated(node.data);
      if (chinese !== null && chinese !== node.data) {
        node.data = chinese;
      }
    }
  }
  form.querySelectorAll('[aria-label], [placeholder]').forEach(element => {
    ['aria-label', 'placeholder'].forEach(name => {
      const value = element.getAttribute(name);
      if (value && Object.prototype.hasOwnProperty.call(ATTRIBUTES, value)) {
        element.setAttribute(name, ATTRIBUTES[value]);
      }
    });
  });
  form.querySelectorAll('a[href]').forEach(link => {
    if (MATERIALS.test(link.getAttribute('href')) && link.getAttribute('target') !== '_blank') {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener');
    }
  });
}

/**
 * A field of its own (not a group), that a person can fill in: 完成 waits for these, so a field shown
 * read-only or disabled never counts, even when the form marks it required.
 */
function fillableFields(form) {
  return Array.from(form.querySelectorAll('.fjs-form-field')).filter(
    field =>
      !field.querySelector('.fjs-form-field') &&
      field.querySelector('input, textarea, .fjs-select-display') &&
      !field.classList.contains('fjs-readonly') &&
      !field.querySelector(
        'input:disabled, textarea:disabled, .fjs-disabled, textarea[readonly], input[readonly]:not([type=hidden]):not(.fjs-select-hidden-input)'
      )
  );
}

function isEmpty(field) {
  const choices = field.querySelectorAll('input[type=radio], input[type=checkbox]');
  if (choices.length) {
    return !Array.from(choices).some(choice => choice.checked);
  }
  if (field.querySelector('.fjs-select-display.fjs-select-placeholder')) {
    return true;
  }
  const inputs = Array.from(field.querySelectorAll('input, textarea')).filter(
    input => !input.classList.contains('fjs-select-hidden-input') && input.type !== 'hidden'
  );
  return inputs.length > 0 && inputs.every(input => input.value.trim() === '');
}

function problems(form) {
  const invalid = [];
  const missing = [];
  const all = [];
  fillableFields(form).forEach(field => {
    // an emptied required field is marked as an error too; its message (此项为必填项) says unfilled
    if (field.querySelector('.fjs-form-field-label .fjs-asterix') && isEmpty(field)) {
      missing.push(field);
      all.push(field);
    } else if (field.classList.contains('fjs-has-errors')) {
      invalid.push(field);
      all.push(field);
    }
  });
  return {invalid: invalid.length, missing: missing.length, first: all[0]};
}

function goTo(field) {
  field.scrollIntoView({block: 'center'});
  const input = field.querySelector('input:not(.fjs-select-hidden-input), textarea, .fjs-select-display');
  if (input && input.focus) {
    input.focus({preventScroll: true});
  }
}

function explainComplete(actions, form, complete, name) {
  let hint = actions.parentNode.querySelector(':scope > .award-complete-hint');
  const found = complete ? problems(form) : {invalid: 0, missing: 0};
  if (found.invalid + found.missing === 0) {
    if (hint) {
      hint.remove();
    }
    return;
  }
  if (!hint) {
    hint = document.createElement('div');
    hint.className = 'award-complete-hint';
    hint.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.className = 'award-complete-hint-text';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-link award-complete-hint-first';
    button.textContent = '转到第一项';
    button.addEventListener('click', () => {
      const now = problems(form);
      if (now.first) {
        goTo(now.first);
      }
    });
    hint.appendChild(text);
    hint.appendChild(button);
    actions.parentNode.insertBefore(hint, actions);
  }
  const parts = [];
  if (found.invalid) {
    parts.push(`${found.invalid} 项填写有误`);
  }
  if (found.missing) {
    parts.push(`${found.missing} 项未填写`);
  }
  const lead = complete.disabled ? `“${name}”暂不可用：` : '提交前请先处理：';
  const sentence = `${lead}${parts.join('，')}。`;
  const text = hint.querySelector('.award-complete-hint-text');
  if (text.textContent !== sentence) {
    text.textContent = sentence;
  }
}

/*
 * 完成 (or 发起) pressed while something is missing or wrong leads to the first such field instead.
 * Tasklist would otherwise submit, let form-js mark every field at once and answer only
 * 提交任务表单时出错 with no reason. Otherwise the refusals of earlier attempts are closed. Runs in
 * the capture phase, before Tasklist's own handler.
 */
document.addEventListener(
  'click',
  event => {
    const button =
      event.target.closest &&
      event.target.closest('button[ng-click="complete()"], button[ng-click="startProcessInstance()"]');
    if (!button || button.disabled) {
      return;
    }
    const scope = button.closest('.modal') || button.closest('[cam-tasklist-form], .task-details, view') || document;
    const form = scope.querySelector('.fjs-form');
    if (!form) {
      return;
    }
    const found = problems(form);
    if (found.first) {
      event.preventDefault();
      event.stopImmediatePropagation();
      goTo(found.first);
      return;
    }
    // a refusal answered an earlier attempt: left standing, it would read as if this one failed too
    document
      .querySelectorAll(
        '.alert-danger button.close[ng-click^="removeNotification"], .alert-error button.close[ng-click^="removeNotification"]'
      )
      .forEach(close => close.click());
  },
  true
);

/*
 * Esc pressed in a start form's fields closes what form-js has open (a list of choices), not the dialog:
 * Tasklist's dialog closed on the same key and dropped everything typed into the form. The dialog
 * still closes with its own button. Listens on the body, after form-js and before the dialog.
 */
document.body.addEventListener('keydown', event => {
  if (event.key === 'Escape' && event.target.closest && event.target.closest('.modal .fjs-form')) {
    event.stopPropagation();
  }
});

let scheduled = false;

function update() {
  scheduled = false;
  // a start form's refusal is shown at the top of its dialog, out of sight of 发起 in a long form
  document.querySelectorAll('.modal .alert-danger:not([data-award-shown])').forEach(refusal => {
    refusal.setAttribute('data-award-shown', '');
    refusal.scrollIntoView({block: 'center'});
  });
  document.querySelectorAll('.fjs-form').forEach(form => {
    translate(form);
    const modal = form.closest('.modal');
    if (modal) {
      // a start form: 发起 in the dialog's footer
      const footer = modal.querySelector('.modal-footer');
      if (footer) {
        explainComplete(footer, form, footer.querySelector('button[ng-click="startProcessInstance()"]'), '发起');
      }
      return;
    }
    const view = form.closest('[cam-tasklist-form], .task-details, view') || document;
    view.querySelectorAll('.form-actions').forEach(actions =>
      explainComplete(actions, form, actions.querySelector('button[ng-click="complete()"]'), '完成')
    );
  });
}

function schedule() {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(update);
  }
}

new MutationObserver(schedule).observe(document.body, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['disabled', 'class']
});
// typing changes a field's value, not the page: count again after each keystroke and choice
document.addEventListener('input', schedule, true);
document.addEventListener('change', schedule, true);
schedule();
