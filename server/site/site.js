// The site works without this file: it adds the countdown, the clock and saving the
// answers as they are chosen (PUT /api/v1/attempts/{id}/answers), same origin only.
(function () {
  "use strict";
  function two(n) { return (n < 10 ? "0" : "") + n; }
  function span(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600);
    return (d > 0 ? d + " ngày " : "") + two(h) + ":" + two(Math.floor(s % 3600 / 60)) + ":" + two(s % 60);
  }
  // The server's clock decides; the page keeps only the offset between the two.
  function skew(el) { return Number(el.getAttribute("data-now-ms")) - Date.now(); }

  var countdown = document.getElementById("countdown");
  if (countdown) {
    var opens = Number(countdown.getAttribute("data-opens-ms")), cskew = skew(countdown);
    var tick = function () {
      var left = opens - (Date.now() + cskew);
      if (left <= 0) { window.location.reload(); return; }
      countdown.textContent = "Còn " + span(left) + " nữa";
      window.setTimeout(tick, 1000);
    };
    tick();
  }

  var clock = document.getElementById("clock");
  if (clock) {
    var started = Number(clock.getAttribute("data-started-ms")), kskew = skew(clock);
    var run = function () {
      clock.textContent = "Thời gian làm bài: " + span(Date.now() + kskew - started);
      window.setTimeout(run, 1000);
    };
    run();
  }

  var form = document.getElementById("quiz");
  if (!form || !window.fetch) return;
  var status = document.getElementById("save-status");
  var pending = false, busy = false, timer = null;
  function collect() {
    var answers = [], inputs = form.querySelectorAll("input[type=radio]:checked");
    for (var i = 0; i < inputs.length; i++)
      answers.push({ q: inputs[i].getAttribute("data-q"), a: inputs[i].value });
    var p = form.querySelector("#prediction").value.trim();
    var body = { answers: answers };
    if (/^\d+$/.test(p)) body.prediction = Number(p);
    else if (p === "") body.prediction = null;
    return body;
  }
  function save() {
    if (busy) { pending = true; return; }
    busy = true; pending = false;
    fetch("/api/v1/attempts/" + encodeURIComponent(form.getAttribute("data-attempt")) + "/answers", {
      method: "PUT", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Attempt-Secret": form.getAttribute("data-secret") },
      body: JSON.stringify(collect())
    }).then(function (r) {
      if (r.status === 204) {
        var t = new Date();
        status.textContent = "Đã lưu lúc " + two(t.getHours()) + ":" + two(t.getMinutes()) + ":" + two(t.getSeconds());
      } else if (r.status === 409) {
        window.location.href = "/xac-nhan";
      } else {
        pending = true; status.textContent = "Chưa lưu được, sẽ thử lại.";
      }
    }).catch(function () {
      pending = true; status.textContent = "Mất kết nối: bài sẽ được lưu khi có mạng.";
    }).then(function () {
      busy = false;
      if (pending) { window.clearTimeout(timer); timer = window.setTimeout(save, 3000); }
    });
  }
  form.addEventListener("change", function () { window.clearTimeout(timer); timer = window.setTimeout(save, 300); });
  window.addEventListener("online", function () { if (pending) save(); });
})();
