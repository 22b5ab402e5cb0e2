// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findRequest } from '@/entrypoints/certifpro.content/complements/find-request';
import { focusMarkedField, pathMatcher } from '@/entrypoints/certifpro.content/complements/focus-field';
import { linkComments } from '@/utils/comments';
import { parseSnapshot } from '../reconstruction/snapshots';

const page = (name: string) => parseSnapshot(`${name}.html`);

const html = (body: string) =>
  new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html') as unknown as Document;

describe('reading the request for additions on a Certif Pro page', () => {
  it('finds the message on the RNCP complements page, list structure kept as lines', () => {
    const r = findRequest(page('rncp-complements'));
    expect(r?.heading).toBe('Demande de compléments — demande d’enregistrement n° 48213');
    const lines = r?.text.split('\n') ?? [];
    expect(lines).toContain(
      '1. Les données d’insertion transmises ne portent que sur une seule promotion ; merci de compléter le tableau des promotions pour l’année 2024.',
    );
    expect(lines).toContain('5. La composition du jury VAE n’est pas précisée (critère 6°).');
    expect(lines).toContain(
      '- Le programme de formation ne couvre pas l’ensemble des compétences du référentiel.',
    );
    // Sub-items stay on their item's line; the markup quoted by the instructor is text.
    expect(lines.find((l) => l.startsWith('3. '))).toMatch(
      /formation : reformuler .+ ; rattacher .+compétence\.$/,
    );
    expect(r?.text).toContain('<b>Piloter un chantier</b>');
    // The sender line and the reply form are not part of the request.
    expect(r?.text).not.toMatch(/^De :/m);
    expect(r?.text).not.toContain('Votre réponse');
  });

  it('gives the engine one comment per item', () => {
    const r = findRequest(page('rncp-complements'));
    const { items } = linkComments(r?.text ?? '', { repertoire: 'RNCP', filedOn: '2025-11-03' });
    const linked = items.filter((i) => i.criterion);
    expect(linked.length).toBeGreaterThanOrEqual(9);
    expect(items.find((i) => i.text.includes('jury VAE'))?.criterion?.number).toBe('6');
  });

  it('finds the message on the RS complements page', () => {
    const r = findRequest(page('rs-complements'));
    expect(r?.text).toContain('1. Critère n° 1 : l’étude d’opportunité');
    expect(r?.text).toContain('- Le bulletin n° 3 est manquant.');
  });

  it('answers null on a page without a request', () => {
    expect(findRequest(page('rncp-fiche'))).toBeNull();
  });

  it('takes the most precise title and skips hidden content', () => {
    const doc = html(`
      <h2>Compléments demandés</h2>
      <div><h3>Éléments complémentaires demandés</h3>
        <p>Merci de transmettre :</p>
        <ul><li>Le bulletin n° 3.</li><li hidden>Caché</li><li>La composition du jury.</li></ul>
      </div>
      <h2>Répondre</h2><p>Votre réponse</p>`);
    const r = findRequest(doc);
    expect(r?.heading).toBe('Éléments complémentaires demandés');
    expect(r?.text).toBe('Merci de transmettre :\n\n- Le bulletin n° 3.\n- La composition du jury.');
  });
});

describe('showing a field on the page', () => {
  it('matches a group id to concrete paths', () => {
    const m = pathMatcher('fiche.blocs[].libelle');
    expect(m('fiche.blocs[2].libelle')).toBe(true);
    expect(m('fiche.blocs[].libelleX')).toBe(false);
    expect(pathMatcher('fiche.intitule')('fiche.intitule')).toBe(true);
  });

  it('focuses the control marked with the path, or answers false', () => {
    document.body.innerHTML =
      '<input id="a" data-certifill-field="fiche.intitule"><textarea id="b" data-certifill-field="fiche.blocs[1].libelle"></textarea>';
    const timers: (() => void)[] = [];
    expect(focusMarkedField('fiche.blocs[].libelle', document, (fn) => timers.push(fn))).toBe(true);
    expect(document.activeElement?.id).toBe('b');
    expect(focusMarkedField('fiche.codesRome', document)).toBe(false);
    for (const t of timers) t();
    expect((document.getElementById('b') as HTMLElement).style.outline).toBe('');
  });
});
