// The query page's editor: CodeMirror 5 (served from its webjar) over the plain textarea, which stays the form's
// field, so the page works without this script. Highlighting, line numbers, bracket matching, Ctrl-Enter to run,
// Ctrl-Space to complete prefixes and terms from /query/terms.json, and the parser's error marked where it is.
(function () {
  "use strict";
  var area = document.getElementById("sparql-text");
  if (!area || typeof CodeMirror === "undefined") {
    return;
  }
  var form = area.form;
  var terms = null;

  function run(cm) {
    cm.save();
    form.submit();
  }

  function complete(cm) {
    var cursor = cm.getCursor();
    var line = cm.getLine(cursor.line);
    var start = cursor.ch;
    while (start > 0 && /[\w:.\-]/.test(line.charAt(start - 1))) {
      start--;
    }
    var word = line.slice(start, cursor.ch).toLowerCase();
    var list = [];
    if (terms) {
      var declared = cm.getValue();
      Object.keys(terms.prefixes).forEach(function (p) {
        var text = "PREFIX " + p + ": <" + terms.prefixes[p] + ">";
        if (declared.indexOf(p + ": <") < 0 && (p + ":").indexOf(word) === 0) {
          list.push({ text: text, displayText: text });
        }
      });
      terms.terms.forEach(function (t) {
        if (t.curie.toLowerCase().indexOf(word) === 0 || (word.length > 1 && t.label.toLowerCase().indexOf(word) >= 0)) {
          list.push({ text: t.curie, displayText: t.curie + "  " + t.label + " (" + t.kind + ")" });
        }
      });
    }
    return { list: list.slice(0, 60), from: CodeMirror.Pos(cursor.line, start), to: cursor };
  }

  var editor = CodeMirror.fromTextArea(area, {
    mode: "application/sparql-query",
    lineNumbers: true,
    lineWrapping: true,
    matchBrackets: true,
    autoCloseBrackets: true,
    indentUnit: 2,
    viewportMargin: Infinity,
    screenReaderLabel: "SPARQL query",
    extraKeys: {
      "Ctrl-Enter": run,
      "Cmd-Enter": run,
      "Ctrl-Space": function (cm) { cm.showHint({ hint: complete, completeSingle: false }); },
      "Tab": false,
      "Shift-Tab": false
    }
  });

  fetch(area.getAttribute("data-terms"), { headers: { Accept: "application/json" } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (body) { terms = body; })
    .catch(function () { terms = null; });

  var errorLine = parseInt(area.getAttribute("data-error-line"), 10);
  if (errorLine > 0) {
    var column = Math.max(0, parseInt(area.getAttribute("data-error-column"), 10) - 1 || 0);
    editor.addLineClass(errorLine - 1, "background", "cm-error-line");
    editor.markText(CodeMirror.Pos(errorLine - 1, column), CodeMirror.Pos(errorLine - 1, column + 1), { className: "cm-error-mark" });
    editor.setCursor(CodeMirror.Pos(errorLine - 1, column));
  }
  window.apertureEditor = editor;
}());
