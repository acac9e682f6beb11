// The map: country outlines shipped with the node (Natural Earth through world-atlas, as TopoJSON,
// turned into GeoJSON by topojson-client), then the sites of /console/map/sites drawn over them
// with Leaflet. No tile server: everything comes from this node.
(function () {
  'use strict';
  var box = document.getElementById('site-map');
  var status = document.getElementById('map-status');
  if (!box || typeof L === 'undefined' || typeof topojson === 'undefined') {
    return;
  }
  var words = box.dataset;
  var kindColours = {
    'scam-compound': '#a4161a', 'border-crossing': '#0b5394', checkpoint: '#0b5394',
    shelter: '#38761d', 'detention-centre': '#6a329f', town: '#555555', airport: '#555555'
  };
  var map = L.map(box, { minZoom: 2, maxZoom: 10, worldCopyJump: true }).setView([17, 100], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth');

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }

  function count(figure) {
    if (figure.suppressed) {
      return words.suppressed;
    }
    return new Intl.NumberFormat(document.documentElement.lang).format(figure.count);
  }

  function line(parent, text) {
    var p = document.createElement('p');
    p.textContent = text;
    parent.appendChild(p);
  }

  function popup(site) {
    var div = document.createElement('div');
    div.className = 'site-popup';
    var name = document.createElement('strong');
    name.textContent = site.name;
    div.appendChild(name);
    line(div, site.kind + ' · ' + site.country);
    line(div, words.rescues + ': ' + count(site.rescues));
    line(div, words.handovers + ': ' + count(site.handovers));
    if (site.manifests > 0) {
      line(div, words.manifests + ': ' + site.manifests);
    }
    return div;
  }

  json(box.dataset.outlines)
    .then(function (world) {
      var countries = topojson.feature(world, world.objects.countries);
      var outlines = L.geoJSON(countries, {
        style: { color: '#7b8a99', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 },
        interactive: false
      }).addTo(map);
      box.dataset.countries = String(outlines.getLayers().length);
      return json(box.dataset.source);
    })
    .then(function (data) {
      var drawn = 0;
      data.items.forEach(function (site) {
        var handover = site.handovers.suppressed || site.handovers.count > 0 || site.manifests > 0;
        var marker = L.circleMarker([site.latitude, site.longitude], {
          radius: handover ? 9 : 7,
          color: '#1a1a1a',
          weight: handover ? 3 : 1,
          fillColor: kindColours[site.kind] || '#555555',
          fillOpacity: 0.9
        });
        marker.bindPopup(popup(site));
        marker.bindTooltip(site.name);
        marker.addTo(map);
        drawn++;
      });
      box.dataset.sites = String(drawn);
      box.dataset.rendered = 'true';
    })
    .catch(function () {
      status.textContent = words.failed;
    });
})();
