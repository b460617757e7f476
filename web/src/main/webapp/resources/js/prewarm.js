// Tells the server the viewer's time zone, so every time on the pages is shown in it.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
      document.cookie = "prewarm_tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; SameSite=Lax";
    }
  } catch (e) {
    // An old browser without Intl: times stay in UTC, with the offset printed.
  }
})();
