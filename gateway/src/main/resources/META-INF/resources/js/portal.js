// Glue for htmx (no framework): upload progress, drag-and-drop styling, and the login redirect for expired sessions.
document.addEventListener("DOMContentLoaded", function () {
  document.body.addEventListener("htmx:xhr:progress", function (evt) {
    var bar = document.getElementById("upload-progress");
    if (bar && evt.detail.lengthComputable) {
      bar.value = Math.round(evt.detail.loaded / evt.detail.total * 100);
    }
  });
  // quarkus-oidc answers 499 instead of redirecting an XHR to the login page: reload so the browser logs in
  document.body.addEventListener("htmx:responseError", function (evt) {
    if (evt.detail.xhr.status === 499) { window.location.reload(); }
  });
  document.querySelectorAll(".dropzone").forEach(function (zone) {
    var input = zone.querySelector("input[type=file]");
    zone.addEventListener("dragover", function (e) { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
    zone.addEventListener("drop", function (e) {
      e.preventDefault(); zone.classList.remove("over");
      if (e.dataTransfer.files.length) { input.files = e.dataTransfer.files; }
    });
  });
  document.querySelectorAll("[data-evidence]").forEach(function (link) {
    link.addEventListener("click", function () {
      document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
      // the anchor is an empty span just before the evidence's first marked run
      var mark = document.getElementById(link.getAttribute("data-evidence"));
      while (mark && mark.tagName !== "MARK") { mark = mark.nextElementSibling; }
      if (mark) { mark.classList.add("current"); }
    });
  });
});
