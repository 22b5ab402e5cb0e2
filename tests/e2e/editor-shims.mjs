// Two rich-text editors shaped like CKEditor 5 (classic) and TinyMCE 6–7, for the e2e: the DOM each
// library builds around the textarea it replaces (hidden textarea, toolbar, CKEditor's editable with
// `ckeditorInstance`, TinyMCE's iframe body and `window.tinymce`), and a model that only their API
// sets (`setData`, `setContent`), as theirs. Every API call is logged in `window.__editorCalls`.

/** Replaces the Quill fields `ck` and `tiny` (data-truth paths) of the page with the two editors. */
export async function installEditorShims(page, { ck, tiny }) {
  await page.evaluate(
    async ([ckPath, tinyPath]) => {
      const calls = [];
      window.__editorCalls = calls;
      /** The field's DSFR group, emptied but for its label, which now names a hidden textarea. */
      const groupFor = (path, id) => {
        const group = document.querySelector(`[data-truth="${path}"]`).closest('.fr-input-group');
        const label = group.querySelector('.fr-label');
        const named = document.createElement('label');
        named.className = 'fr-label';
        named.htmlFor = id;
        named.textContent = label.firstChild.textContent.trim();
        const area = document.createElement('textarea');
        area.id = id;
        area.name = id;
        area.style.display = 'none';
        group.replaceChildren(named, area);
        return area;
      };

      // CKEditor 5 (classic build): the model is `data`; the editable renders it; typing reaches the
      // model through the view (its input handling), never the other way round.
      const ckArea = groupFor(ckPath, 'ck-activites');
      const ckRoot = document.createElement('div');
      ckRoot.className = 'ck ck-reset ck-editor ck-rounded-corners';
      ckRoot.setAttribute('role', 'application');
      ckRoot.setAttribute('lang', 'fr');
      ckRoot.innerHTML = `<div class="ck ck-editor__top ck-reset_all" role="presentation"><div class="ck ck-sticky-panel"><div class="ck ck-toolbar" role="toolbar" aria-label="Barre d’outils de l’éditeur"><button class="ck ck-button" type="button" aria-label="Gras"><span class="ck ck-button__label">Gras</span></button><button class="ck ck-button" type="button" aria-label="Liste à puces"><span class="ck ck-button__label">Liste à puces</span></button></div></div></div><div class="ck ck-editor__main" role="presentation"><div class="ck-blurred ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline" lang="fr" dir="ltr" role="textbox" aria-label="Éditeur de texte enrichi. Zone d’édition principale" contenteditable="true"></div></div>`;
      ckArea.after(ckRoot);
      const editable = ckRoot.querySelector('.ck-editor__editable');
      const FILLER = '<p><br data-cke-filler="true"></p>';
      const ckShim = {
        data: '',
        sourceElement: ckArea,
        getData() {
          calls.push('ck:getData');
          return this.data;
        },
        setData(html) {
          calls.push('ck:setData');
          this.data = String(html ?? '');
          editable.innerHTML = this.data || FILLER;
        },
      };
      editable.innerHTML = FILLER;
      editable.ckeditorInstance = ckShim;
      editable.addEventListener('input', () => {
        ckShim.data = editable.innerHTML === FILLER ? '' : editable.innerHTML;
      });
      window.__ckShim = ckShim;

      // TinyMCE: the content lives in an iframe's body; `getContent` serialises it, `setContent`
      // replaces it, `change` saves it into the textarea.
      const tinyArea = groupFor(tinyPath, 'tiny-competences');
      const tox = document.createElement('div');
      tox.className = 'tox tox-tinymce';
      tox.setAttribute('role', 'application');
      const frame = document.createElement('iframe');
      frame.id = 'tiny-competences_ifr';
      frame.className = 'tox-edit-area__iframe';
      frame.title = 'Zone de texte riche';
      const BOGUS = '<p><br data-mce-bogus="1"></p>';
      frame.srcdoc = `<!DOCTYPE html><html><head></head><body id="tinymce" class="mce-content-body" data-id="tiny-competences" contenteditable="true">${BOGUS}</body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const area = document.createElement('div');
      area.className = 'tox-edit-area';
      area.append(frame);
      tox.append(area);
      tinyArea.after(tox);
      await loaded;
      const body = frame.contentDocument.body;
      const tinyEditor = {
        id: 'tiny-competences',
        getBody: () => body,
        getElement: () => tinyArea,
        getContent() {
          calls.push('tiny:getContent');
          return body.innerHTML === BOGUS ? '' : body.innerHTML;
        },
        setContent(html) {
          calls.push('tiny:setContent');
          body.innerHTML = String(html ?? '') || BOGUS;
        },
        fire(name) {
          calls.push(`tiny:fire:${name}`);
          if (name === 'change') tinyArea.value = body.innerHTML === BOGUS ? '' : body.innerHTML;
        },
      };
      window.tinymce = {
        editors: [tinyEditor],
        get(id) {
          return id === undefined ? this.editors : (this.editors.find((e) => e.id === id) ?? null);
        },
      };
      // The toolbar comes once the editor is initialised, as TinyMCE renders it.
      const bar = document.createElement('div');
      bar.className = 'tox-editor-header';
      bar.innerHTML =
        '<div class="tox-toolbar" role="group"><button type="button" class="tox-tbtn" aria-label="Gras">B</button></div>';
      tox.prepend(bar);
    },
    [ck, tiny],
  );
}
