// The charts: alerts per day, indicators by marking and category, cases by status (suppressed
// counts drawn as no bar and labelled), from /console/statistics/figures, with Chart.js.
(function () {
  'use strict';
  var root = document.getElementById('charts');
  if (!root || typeof Chart === 'undefined') {
    return;
  }
  var words = root.dataset;
  var language = document.documentElement.lang;
  var tlpColours = {
    clear: '#d9d9d9', green: '#33cc00', amber: '#ffc000', 'amber+strict': '#e69500', red: '#ff2b2b'
  };
  Chart.defaults.animation = false;
  Chart.defaults.locale = language;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;

  function bars(id, labels, values, colours, label, horizontal) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: label, data: values, backgroundColor: colours }] },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: false } },
        scales: { x: { ticks: { precision: 0 } }, y: { ticks: { precision: 0 } } }
      }
    });
    canvas.dataset.rendered = 'true';
  }

  fetch(root.dataset.source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (figures) {
      var day = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
      bars('chart-alerts',
        figures.alertsPerDay.map(function (b) { return day.format(new Date(b.label + 'T00:00:00Z')); }),
        figures.alertsPerDay.map(function (b) { return b.count; }),
        '#0b5394', words.alerts, false);
      bars('chart-markings',
        figures.markings.map(function (b) { return 'TLP:' + b.label.toUpperCase(); }),
        figures.markings.map(function (b) { return b.count; }),
        figures.markings.map(function (b) { return tlpColours[b.label] || '#888888'; }),
        words.indicators, false);
      bars('chart-categories',
        figures.categories.map(function (b) { return b.label; }),
        figures.categories.map(function (b) { return b.count; }),
        '#38761d', words.indicators, true);
      if (figures.cases) {
        bars('chart-cases',
          figures.cases.map(function (b) {
            return b.suppressed ? b.label + ' (' + words.suppressed + ')' : b.label;
          }),
          figures.cases.map(function (b) { return b.suppressed ? null : b.count; }),
          '#6a329f', words.cases, false);
      }
      root.dataset.rendered = 'true';
    })
    .catch(function () {
      var p = document.createElement('p');
      p.className = 'error';
      p.textContent = words.failed;
      root.prepend(p);
    });
})();
