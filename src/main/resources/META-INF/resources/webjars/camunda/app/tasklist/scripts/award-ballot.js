/*
 * 武汉市市长质量奖（个人奖）: on the committee's ballot (表决建议获奖人选) a candidate is either
 * 同意 or 不同意, never both.
 *
 * The ballot lists the shortlist twice, as the checklists 同意 and 不同意 with the same options in the
 * same order; form-js 1.8 has no rule across two fields, so the server refused a ballot with both
 * boxes ticked only after 完成. Here, ticking a candidate in one list unticks the same candidate in
 * the other, through a click on that box so form-js records the change itself. The server's check
 * stays: this only spares the member the refusal.
 *
 * Loaded by scripts/config.js (customScripts).
 */

const OPPOSITES = { 同意: '不同意', 不同意: '同意' };

function labelOf(checklist) {
  const label = checklist.querySelector('.fjs-form-field-label');
  return label ? label.textContent.replace(/\*/g, '').trim() : '';
}

function boxesOf(checklist) {
  return Array.from(checklist.querySelectorAll('input[type="checkbox"]'));
}

document.addEventListener('change', event => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.checked) {
    return;
  }
  const checklist = box.closest('.fjs-form-field-checklist');
  const form = box.closest('.fjs-form');
  const opposite = checklist && OPPOSITES[labelOf(checklist)];
  if (!opposite || !form) {
    return;
  }
  const other = Array.from(form.querySelectorAll('.fjs-form-field-checklist')).find(
    candidate => labelOf(candidate) === opposite
  );
  if (!other) {
    return;
  }
  const index = boxesOf(checklist).indexOf(box);
  const twin = boxesOf(other)[index];
  if (!twin) {
    return;
  }
  // after form-js has taken this box's change in
  setTimeout(() => {
    if (twin.isConnected && twin.checked && box.checked) {
      twin.click();
    }
  });
}, true);
