// The search page: Pagefind's index (built with the site, Chinese split into words) is searched
// in the browser, so a plain static host is enough. Reads ?q= so the form also works as a link.
(function () {
  var form = document.querySelector('.search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var pagefind = null;
  var shown = 20;

  function text(tag, value, className) {
    var element = document.createElement(tag);
    element.textContent = value;
    if (className) { element.className = className; }
    return element;
  }

  // Pagefind's excerpt is HTML with <mark> around the words found; rebuild it from text only.
  function excerpt(html) {
    var paragraph = document.createElement('p');
    paragraph.className = 'item-summary';
    html.split(/(<mark>|<\/mark>)/).reduce(function (marked, part) {
      if (part === '<mark>') { return true; }
      if (part === '</mark>') { return false; }
      var words = new DOMParser().parseFromString(part, 'text/html').body.textContent;
      paragraph.appendChild(marked ? text('mark', words) : document.createTextNode(words));
      return marked;
    }, false);
    return paragraph;
  }

  function item(data) {
    var li = document.createElement('li');
    var link = text('a', (data.meta && data.meta.title) || data.url, 'item-title');
    link.href = data.url.replace(/^\//, '');
    li.appendChild(link);
    li.appendChild(excerpt(data.excerpt || ''));
    return li;
  }

  async function search(words) {
    list.textContent = '';
    if (!words) { status.textContent = ''; return; }
    status.textContent = '正在搜索……';
    try {
      pagefind = pagefind || await import('../pagefind/pagefind.js');
      var found = await pagefind.search(words);
      var results = await Promise.all(found.results.slice(0, shown).map(function (r) { return r.data(); }));
      results.forEach(function (data) { list.appendChild(item(data)); });
      status.textContent = results.length === 0
        ? '没有找到含有“' + words + '”的公告。可以换个词，或按下面的领域查看。'
        : '找到 ' + found.results.length + ' 篇含有“' + words + '”的公告或案例'
          + (found.results.length > shown ? '，下面是最相关的 ' + shown + ' 篇。' : '：');
    } catch (e) {
      status.textContent = '搜索暂时用不了，请按下面的领域查看。';
    }
  }

  var query = new URLSearchParams(location.search).get('q') || '';
  input.value = query;
  search(query.trim());

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var words = input.value.trim();
    history.replaceState(null, '', words ? '?q=' + encodeURIComponent(words) : location.pathname);
    search(words);
  });
})();
