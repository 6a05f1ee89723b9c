// The code editor: CodeMirror 6 with Python, line numbers, bracket
// matching, search and undo (basicSetup), lint markers for diagnostics, and
// a theme that follows prefers-color-scheme.
import { basicSetup } from 'codemirror';
import { EditorView, keymap } from '@codemirror/view';
import { EditorState, Compartment } from '@codemirror/state';
import { python } from '@codemirror/lang-python';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { indentWithTab } from '@codemirror/commands';
import { oneDark } from '@codemirror/theme-one-dark';

const dark = window.matchMedia('(prefers-color-scheme: dark)');

export function createEditor(parent, { doc, onChange, onRun }) {
  const theme = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }, indentWithTab]),
        basicSetup,
        python(),
        lintGutter(),
        theme.of(dark.matches ? oneDark : []),
        EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u.state.doc.toString()); }),
        EditorView.contentAttributes.of({ 'aria-label': 'SQLAlchemy models or script' }),
      ],
    }),
  });
  dark.addEventListener('change', () => view.dispatch({ effects: theme.reconfigure(dark.matches ? oneDark : []) }));
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    // show puts the engine's diagnostics (byte offsets) on the text they
    // were computed for; when the text changed since, they are dropped.
    show(source, diagnostics) {
      if (source !== view.state.doc.toString()) return;
      const at = utf16Offsets(source);
      const len = view.state.doc.length;
      const marks = diagnostics.map((d) => {
        const from = Math.min(at(d.start), len);
        const to = Math.min(Math.max(at(d.end), from), len);
        return {
          from, to,
          severity: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info',
          message: d.fix ? `${d.message}\nFix: ${d.fix}` : d.message,
          source: d.code || undefined,
        };
      });
      view.dispatch(setDiagnostics(view.state, marks));
    },
  };
}

// utf16Offsets maps byte offsets of the UTF-8 text to UTF-16 offsets.
export function utf16Offsets(text) {
  const map = [];
  let u = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let i = 0; i < bytes; i++) map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (b) => map[Math.max(0, Math.min(b, map.length - 1))];
}
