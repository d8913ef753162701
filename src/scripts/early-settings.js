(function () {
  var root = document.documentElement;
  try {
    var saved = JSON.parse(localStorage.getItem('wb.settings') || '{}');
    if (['auto', 'light', 'dark', 'high-contrast'].indexOf(saved.theme) >= 0) root.dataset.theme = saved.theme;
    if (['normal', 'large', 'largest'].indexOf(saved.textSize) >= 0) root.dataset.textSize = saved.textSize;
  } catch (e) {}
  root.classList.add('wb-js');
})();
