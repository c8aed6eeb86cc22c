window.selfcheckStorage = {
  read: function (key, limit) {
    try {
      var text = localStorage.getItem(key);
      return text !== null && text.length > limit ? true : text;
    } catch (error) {
      return false;
    }
  },
  write: function (key, text) {
    try { localStorage.setItem(key, text); return true; } catch (error) { return false; }
  },
  remove: function (key) {
    try { localStorage.removeItem(key); return true; } catch (error) { return false; }
  },
  move: function (from, to) {
    try { localStorage.setItem(to, localStorage.getItem(from)); localStorage.removeItem(from); return true; }
    catch (error) { return false; }
  },
};
