// Precomputed slider demos: a real range input swaps among frames drawn at build time by the
// course's own demo code (no kernel). With JavaScript off, the default frame stays visible.
(function () {
  "use strict";
  function setup(box) {
    var img = box.querySelector("img.course-demo-frame");
    var input = box.querySelector("input[type=range]");
    var out = box.querySelector("output");
    var frames = JSON.parse(box.getAttribute("data-frames"));
    var labels = JSON.parse(box.getAttribute("data-labels"));
    var alts = JSON.parse(box.getAttribute("data-alts"));
    input.disabled = false;
    box.classList.add("course-demo-live");
    // preload every frame, so that moving the slider never waits for the network
    frames.forEach(function (src) { var im = new Image(); im.src = src; });
    function show() {
      var i = parseInt(input.value, 10);
      img.src = frames[i];
      img.alt = alts[i];
      out.value = labels[i];
      out.textContent = labels[i];
      input.setAttribute("aria-valuetext", labels[i]);
    }
    input.addEventListener("input", show);
    input.addEventListener("change", show);
  }
  function init() {
    var boxes = document.querySelectorAll(".course-demo[data-frames]");
    for (var i = 0; i < boxes.length; i++) { setup(boxes[i]); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
