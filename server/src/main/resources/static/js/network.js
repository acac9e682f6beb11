// The network view: draws /console/network/graph with Cytoscape.js. The page lists the same nodes
// as text; this drawing adds the links between them. Labels come from the page (data-*).
(function () {
  'use strict';
  var box = document.getElementById('network-graph');
  var status = document.getElementById('network-status');
  if (!box || typeof cytoscape === 'undefined') {
    return;
  }
  var words = box.dataset;
  var edgeWords = {
    on: words.edgeOn, published: words.edgePublished, sighted: words.edgeSighted,
    links: words.edgeLinks, names: words.edgeNames, reported: words.edgeReported,
    concerns: words.edgeConcerns, at: words.edgeAt
  };
  var tlpColours = {
    clear: '#ffffff', green: '#33cc00', amber: '#ffc000', 'amber+strict': '#ffc000', red: '#ff2b2b'
  };
  fetch(box.dataset.source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (graph) {
      var elements = [];
      graph.nodes.forEach(function (node) {
        elements.push({
          group: 'nodes',
          data: {
            id: node.id,
            label: node.label,
            kind: node.kind,
            href: node.href || '',
            colour: node.tlp ? tlpColours[node.tlp] || '#cccccc' : ''
          },
          classes: node.kind + (node.revoked ? ' revoked' : '')
        });
      });
      graph.edges.forEach(function (edge) {
        elements.push({
          group: 'edges',
          data: {
            id: edge.id,
            source: edge.source,
            target: edge.target,
            label: edgeWords[edge.kind] || edge.kind
          }
        });
      });
      var cy = cytoscape({
        container: box,
        elements: elements,
        wheelSensitivity: 0.3,
        layout: { name: 'cose', animate: false, randomize: false, padding: 30 },
        style: [
          { selector: 'node', style: {
            label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
            color: '#1a1a1a', 'text-wrap': 'ellipsis', 'text-max-width': 180 } },
          { selector: 'node.selector', style: {
            shape: 'round-rectangle', 'background-color': '#0b5394', width: 34, height: 22 } },
          { selector: 'node.indicator', style: {
            shape: 'ellipse', 'background-color': 'data(colour)', 'border-width': 2,
            'border-color': '#1a1a1a', width: 26, height: 26 } },
          { selector: 'node.indicator.revoked', style: { 'border-style': 'dashed', opacity: 0.6 } },
          { selector: 'node.agency', style: {
            shape: 'diamond', 'background-color': '#38761d', width: 30, height: 30 } },
          { selector: 'node.record', style: {
            shape: 'rectangle', 'background-color': '#6a329f', width: 24, height: 30 } },
          { selector: 'node.site', style: {
            shape: 'triangle', 'background-color': '#a4161a', width: 28, height: 26 } },
          { selector: 'node.case', style: {
            shape: 'hexagon', 'background-color': '#b45f06', width: 30, height: 28 } },
          { selector: 'node.person', style: {
            shape: 'ellipse', 'background-color': '#134f5c', width: 24, height: 24 } },
          { selector: 'edge', style: {
            width: 1.5, 'line-color': '#8a8a8a', 'target-arrow-shape': 'triangle',
            'target-arrow-color': '#8a8a8a', 'curve-style': 'bezier', label: 'data(label)',
            'font-size': 9, color: '#555555', 'text-rotation': 'autorotate' } }
        ]
      });
      cy.on('tap', 'node', function (event) {
        var href = event.target.data('href');
        if (href) {
          window.location.assign(href);
        }
      });
      box.dataset.nodes = String(cy.nodes().length);
      box.dataset.edges = String(cy.edges().length);
      box.dataset.rendered = 'true';
    })
    .catch(function () {
      status.textContent = words.failed;
    });
})();
