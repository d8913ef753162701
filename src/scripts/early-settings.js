(function () {
  var root = document.documentElement;
  var dark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function scheme() {
    var theme = root.dataset.theme;
    root.dataset.scheme = theme === 'auto' ? (dark && dark.matches ? 'dark' : 'light') : theme;
  }
  try {
    var saved = JSON.parse(localStorage.getItem('wb.settings') || '{}');
    if (['auto', 'light', 'dark', 'high-contrast'].indexOf(saved.theme) >= 0) root.dataset.theme = saved.theme;
    if (['normal', 'large', 'largest'].indexOf(saved.textSize) >= 0) root.dataset.textSize = saved.textSize;
    // Home (where the installed app starts) opens in the language chosen last time.
    if (location.pathname === '/' && localStorage.getItem('wb.lang') === 'es') location.replace('/es/' + location.search + location.hash);
  } catch {
    // Storage blocked or the saved settings unreadable: keep the page's defaults.
  }
  scheme();
  if (dark && dark.addEventListener) dark.addEventListener('change', scheme);
  new MutationObserver(scheme).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  root.classList.add('wb-js');
})();
