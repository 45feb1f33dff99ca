/*
 * The public map: Kampung KB with coordinates from /api/public/map as circles coloured by class.
 * Tiles only when KKB_MAP_TILES names a tile server (data-tiles); otherwise the points are drawn on
 * the plain background, so the map works without any outside server.
 */
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") {
    return;
  }
  var colours = {
    NOT_CLASSIFIED: "#9e9e9e",
    DASAR: "#e57373",
    BERKEMBANG: "#ffb300",
    MANDIRI: "#43a047",
    BERKELANJUTAN: "#1e88e5"
  };
  // Lampung
  var map = L.map(el, { preferCanvas: true }).setView([-4.9, 105.2], 8);
  var tiles = el.getAttribute("data-tiles");
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
  }
  fetch(el.getAttribute("data-points"), { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (points) {
      var bounds = [];
      points.forEach(function (p) {
        var link = document.createElement("a");
        link.href = el.getAttribute("data-profile") + encodeURIComponent(p.id);
        link.textContent = p.name;
        L.circleMarker([p.lat, p.lon], {
          radius: 6,
          color: "#333",
          weight: 1,
          fillColor: colours[p.kampungKbClass] || "#9e9e9e",
          fillOpacity: 0.9
        }).bindPopup(link).addTo(map);
        bounds.push([p.lat, p.lon]);
      });
      if (bounds.length > 0) {
        // No animation: the page is complete (and a screenshot sharp) once the points are drawn.
        map.fitBounds(bounds, { padding: [20, 20], maxZoom: 12, animate: false });
      }
      var count = document.getElementById("map-count");
      if (count) {
        count.textContent = el.getAttribute("data-count-label") + ": " + points.length;
      }
      el.setAttribute("data-loaded", String(points.length));
    });
})();
