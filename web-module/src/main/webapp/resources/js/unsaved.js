// Warns before leaving a form with changes not yet saved (forms that carry data-warn-unsaved).
(function () {
  var dirty = false;
  document.addEventListener('input', function (e) {
    if (e.target.form && e.target.form.hasAttribute('data-warn-unsaved')) { dirty = true; }
  });
  document.addEventListener('change', function (e) {
    if (e.target.form && e.target.form.hasAttribute('data-warn-unsaved')) { dirty = true; }
  });
  // After an AJAX save inside the page: clean again, unless a message sits next to a field.
  window.kkbSaved = function (formId) {
    var form = document.getElementById(formId);
    if (!form || !form.querySelector('.ui-message-error')) { dirty = false; }
  };
  window.addEventListener('beforeunload', function (e) {
    if (dirty && !window.kkbSaving) { e.preventDefault(); e.returnValue = ''; }
  });
})();
