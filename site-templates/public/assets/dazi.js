// 大字 (large text). Without JavaScript the 大字 link opens #dazi and the CSS enlarges the page
// through :target, page by page. With JavaScript the choice is kept in localStorage and applied
// to every page before it is drawn, so a reader taps once.
(function () {
  var key = 'nanwu-dazi';
  var root = document.documentElement;

  function remember(on) {
    try { localStorage.setItem(key, on ? '1' : '0'); } catch (e) { /* private mode: per page only */ }
  }

  try {
    if (localStorage.getItem(key) === '1') { root.classList.add('dazi'); }
  } catch (e) { /* no storage: the #dazi link still works */ }

  if (location.hash === '#dazi') { root.classList.add('dazi'); remember(true); }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.dazi-on, a.dazi-off') : null;
    if (!link) { return; }
    var on = link.classList.contains('dazi-on');
    root.classList.toggle('dazi', on);
    remember(on);
    // Turning it on needs no jump; turning it off follows the link to #top, which clears :target.
    if (on) { event.preventDefault(); }
  });
})();
