// The code editor, for the playground and the widget: CodeMirror 6 with
// Python, line numbers, bracket matching, search and undo (basicSetup), lint
// markers for the engine's diagnostics, and a theme that follows
// prefers-color-scheme unless one is asked for.
import { basicSetup } from 'codemirror';
import { EditorView, keymap } from '@codemirror/view';
import { EditorState, Compartment } from '@codemirror/state';
import { indentUnit, syntaxHighlighting, HighlightStyle } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { indentWithTab } from '@codemirror/commands';
import { oneDarkTheme, oneDarkHighlightStyle } from '@codemirror/theme-one-dark';

const prefersDark = window.matchMedia('(prefers-color-scheme: dark)');
// oneDark with everything at 4.5:1 or more against its active line: its
// line numbers, comments, names (coral) and keywords (violet) are fainter,
// so they are brightened; the gutter rule first, as earlier extensions take
// precedence
const brighter = { '#7d8799': '#9da5b4', '#e06c75': '#ef8a92', '#c678dd': '#d291e6' };
const darkHighlight = HighlightStyle.define(oneDarkHighlightStyle.specs.map((s) => (s.color in brighter ? { ...s, color: brighter[s.color] } : s)));
const darkTheme = [EditorView.theme({ '.cm-gutters': { color: '#9da5b4' } }, { dark: true }), oneDarkTheme, syntaxHighlighting(darkHighlight)];

// createEditor: root is the document or shadow root it lives in; theme is
// 'light', 'dark' or '' (follow the system).
export function createEditor(parent, options) {
  return prepareEditor(options).mount(parent);
}

// prepareEditor makes the editor's state (its extensions resolved, its text
// parsed) and returns mount(parent), which makes its view: two steps a page
// can run in two tasks (in one they held the main thread for 100-200 ms
// while the engine's workers kept the cores busy).
export function prepareEditor({ doc, onChange, onRun, root, readonly = false, theme = '', label = 'SQLAlchemy models or script' }) {
  const themes = new Compartment();
  const dark = () => theme === 'dark' || (theme !== 'light' && prefersDark.matches);
  const state = EditorState.create({
    doc,
    extensions: [
      keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }, indentWithTab]),
      basicSetup,
      python(),
      indentUnit.of('    '), // Python's four spaces
      EditorView.lineWrapping, // long lines wrap: nothing is cut on a phone
      lintGutter(),
      themes.of(dark() ? darkTheme : []),
      EditorState.readOnly.of(readonly),
      EditorView.editable.of(!readonly),
      EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u.state.doc.toString()); }),
      // focusable even when read-only: the scroller is reachable by keyboard
      EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
    ],
  });
  return { mount: (parent) => {
    const view = new EditorView({ parent, root, state });
    let shown = null; // the text (a document, immutable) and marks last put on it
    prefersDark.addEventListener('change', () => view.dispatch({ effects: themes.reconfigure(dark() ? darkTheme : []) }));
    return {
      view,
      text: () => view.state.doc.toString(),
      setText(text) {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      },
      // show puts the engine's diagnostics (start and end in UTF-16 code
      // units, as the editor counts) on the text they were computed for; when
      // the text changed since, they are dropped.
      show(source, diagnostics) {
        if (source !== view.state.doc.toString()) return;
        const len = view.state.doc.length;
        const marks = diagnostics.map((d) => {
          const from = Math.min(d.start, len);
          return {
            from, to: Math.min(Math.max(d.end, from), len),
            severity: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info',
            message: d.fix ? `${d.message}\nFix: ${d.fix}` : d.message,
            source: d.code || undefined,
          };
        });
        // the same marks on the same text are not put again: CodeMirror
        // compares its decorations at each, most of a live matrix's
        // arrival when it repeats the server's
        const key = JSON.stringify(marks);
        if (shown && shown.doc === view.state.doc && shown.key === key) return;
        view.dispatch(setDiagnostics(view.state, marks));
        shown = { doc: view.state.doc, key };
      },
    };
  } };
}
