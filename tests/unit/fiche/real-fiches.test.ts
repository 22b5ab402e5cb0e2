// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getField } from '@/utils/catalogue';
import { XML_TAGS } from '@/utils/catalogue/xml-tags.data';
import type { FicheImport } from '@/utils/fiche/to-dossier';
import {
  childText,
  childTexts,
  importAll,
  oracle,
  SAMPLES,
  sampleBytes,
  visibleWords,
  words,
} from './helpers';

const VOIES = ['fi', 'ca', 'fc', 'cq', 'cl', 'vae'] as const;
const TEXTS = Object.entries(XML_TAGS).filter(
  ([id]) => getField(id)?.kind === 'textarea' && !id.includes('[]'),
);

describe.each(SAMPLES)('the real fiches of %s', (sample) => {
  const fiches = oracle(sample);
  let imports: FicheImport[] = [];
  it('are read in full, one renewal dossier per fiche', async () => {
    imports = await importAll(sampleBytes(sample));
    expect(imports.map((i) => i.dossier.previousCode)).toEqual(
      fiches.map((f) => childText(f, 'NUMERO_FICHE')),
    );
    for (const { dossier } of imports) {
      expect(dossier.requestKind).toBe('renouvellement');
      expect(dossier.repertoire).toBe(sample.includes('rncp') ? 'RNCP' : 'RS');
    }
  });

  it('hold every long text word for word, with the flattened lists restored', () => {
    let lists = 0;
    fiches.forEach((fiche, i) => {
      const { dossier } = imports[i]!;
      for (const [id, path] of TEXTS) {
        const source = childText(fiche, path);
        const field = getField(id)!;
        if (!source || (field.repertoire !== 'both' && field.repertoire !== dossier.repertoire)) continue;
        const html = dossier.values[id];
        expect(typeof html, `${dossier.previousCode} ${id}`).toBe('string');
        expect(visibleWords(html as string), `${dossier.previousCode} ${id}`).toBe(words(source));
        if (/<(ul|ol)>/.test(html as string)) lists++;
      }
      expect(dossier.values['fiche.intitule']).toBe(childText(fiche, 'INTITULE'));
    });
    expect(lists).toBeGreaterThan(3);
  });

  it('hold the codes, the level and the duration', () => {
    fiches.forEach((fiche, i) => {
      const { values } = imports[i]!.dossier;
      const codes = (path: string) => childTexts(fiche, path);
      expect(values['fiche.codesNsf'] ?? []).toEqual(codes('CODES_NSF/NSF/CODE'));
      expect(values['fiche.formacodes'] ?? []).toEqual(codes('FORMACODES/FORMACODE/CODE'));
      if (sample.includes('rncp')) {
        expect(values['fiche.codesRome']).toEqual(codes('CODES_ROME/ROME/CODE'));
        expect(values['demande.niveauSouhaite']).toBe(childText(fiche, 'NOMENCLATURE_EUROPE/NIVEAU'));
      }
      const duree = childText(fiche, 'DUREE_ENREGISTREMENT');
      expect(values['demande.dureeSouhaitee'] ?? null).toBe(duree ? Number(duree) : null);
    });
  });

  it('hold the blocs with their compétences and modalités', () => {
    fiches.forEach((fiche, i) => {
      const blocs = imports[i]!.dossier.groups['fiche.blocs'] ?? [];
      const source = Array.from(fiche.getElementsByTagName('BLOC_COMPETENCES')).filter(
        (b) => b.parentElement?.tagName === 'BLOCS_COMPETENCES',
      );
      if (source.length === 0) return;
      expect(blocs).toHaveLength(source.length);
      source.forEach((b, j) => {
        expect(blocs[j]!.code).toBe(childText(b, 'CODE'));
        expect(blocs[j]!.libelle).toBe(childText(b, 'LIBELLE'));
        expect(visibleWords(blocs[j]!.listeCompetences as string)).toBe(
          words(childText(b, 'LISTE_COMPETENCES')),
        );
        expect(visibleWords(blocs[j]!.modalitesEvaluation as string)).toBe(
          words(childText(b, 'MODALITES_EVALUATION')),
        );
      });
    });
  });

  it('hold the partenaires, certificateurs, promotions and correspondances', () => {
    fiches.forEach((fiche, i) => {
      const { groups } = imports[i]!.dossier;
      const items = (path: string) => childTexts(fiche, path);
      const partenaires = Array.from(fiche.getElementsByTagName('PARTENAIRE'));
      expect(groups.partenaires ?? []).toEqual(
        partenaires.map((p) => ({
          siret: childText(p, 'SIRET_PARTENAIRE'),
          nom: childText(p, 'NOM_PARTENAIRE'),
          habilitation: childText(p, 'HABILITATION_PARTENAIRE'),
        })),
      );
      const sirets = items('CERTIFICATEURS/CERTIFICATEUR/SIRET_CERTIFICATEUR');
      expect((groups['demande.certificateurs'] ?? []).map((c) => c.siret)).toEqual(sirets);
      const promotions = Array.from(fiche.getElementsByTagName('STATISTIQUES_PROMOTION'));
      expect(groups.promotions ?? []).toEqual(
        promotions.map((p) => {
          const out: Record<string, number> = {};
          const put = (key: string, tag: string) => {
            const t = childText(p, tag);
            if (t) out[key] = Number(t);
          };
          put('annee', 'ANNEE');
          put('nombreCertifies', 'NOMBRE_CERTIFIES');
          put('nombreCertifiesVae', 'NOMBRE_CERTIFIES_VAE');
          put('tauxInsertionGlobal6mois', 'TAUX_INSERTION_GLOBAL_6MOIS');
          put('tauxInsertionMetier2ans', 'TAUX_INSERTION_METIER_2ANS');
          return out;
        }),
      );
      const corresp = Array.from(fiche.getElementsByTagName('CORRESPONDANCE'));
      expect(groups.corresp ?? []).toEqual(
        corresp.map((c) => ({
          blocsSource: childTexts(c, 'SOURCE/BLOC_COMPETENCES/CODE'),
          ficheDestination: childText(c, 'DESTINATION/NUMERO_FICHE'),
          blocsDestination: childTexts(c, 'DESTINATION/BLOC_COMPETENCES/CODE'),
        })),
      );
    });
  });

  it('hold the voies d’accès and the jury compositions', () => {
    fiches.forEach((fiche, i) => {
      const { values, repertoire } = imports[i]!.dossier;
      for (const voie of VOIES) {
        const tag = `SI_JURY_${voie.toUpperCase()}`;
        const actif = childText(fiche, `${tag}/ACTIF`);
        if (!actif) continue;
        if (voie === 'ca' && repertoire === 'RS') continue;
        expect(values[`fiche.voiesAcces.${voie}.autorise`]).toBe(
          actif === 'Oui' ? 'Autorisé' : 'Non autorisé',
        );
        const composition = childText(fiche, `${tag}/COMPOSITION`);
        const html = values[`fiche.voiesAcces.${voie}.compositionJury`];
        if (composition) expect(visibleWords(html as string)).toBe(words(composition));
        else expect(html).toBeUndefined();
      }
    });
  });

  it('report every element: imported, left out with a reason, or unknown', () => {
    for (const { report, dossier } of imports) {
      expect(report.numero).toBe(dossier.previousCode);
      expect(report.unknown).toEqual([]);
      for (const s of report.skipped) expect(s.reason, s.path).toBeTruthy();
      expect(report.skipped.map((s) => s.path)).toContain('DATE_FIN_ENREGISTREMENT');
      expect(report.registration.endsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(report.valueCount).toBeGreaterThan(15);
    }
  });
});

describe('formatted lists of the real fiches', () => {
  it('come back where the export flattened them', async () => {
    const [rncp35419, rncp37488, rncp40344] = await importAll(sampleBytes('fiches-sample-rncp.xml'));
    const [rs6547] = await importAll(sampleBytes('fiches-sample-rs.xml'));
    const li = (html: unknown) => (String(html).match(/<li>/g) ?? []).length;
    expect(li(rncp35419!.dossier.values['fiche.typesEmplois'])).toBe(12);
    expect(li(rncp35419!.dossier.values['fiche.competencesAttestees'])).toBe(18);
    expect(rncp37488!.dossier.values['fiche.activitesVisees']).toMatch(
      /^<p>Les principales activités sont :<\/p><ul>(<li>[^<]+<\/li>){8}<\/ul>$/,
    );
    expect(rncp37488!.dossier.groups['fiche.blocs']![0]!.listeCompetences).toBe(
      '<ul><li>Valider le fonctionnement d’un réseau</li><li>Coder</li><li>Installer une infrastructure réseau</li>' +
        '<li>Exploiter une installation réseau</li><li>Maintenir un réseau</li></ul>',
    );
    expect(rncp40344!.dossier.values['fiche.reglementationsActivites']).toMatch(
      /<\/p><ul><li>L’article L 243-3/,
    );
    expect(li(rs6547!.dossier.values['fiche.voiesAcces.fc.compositionJury'])).toBe(4);
  });
});

describe('the vendored sample fiches', () => {
  it('are the files of ../shared/realworld when that folder is there', () => {
    for (const name of SAMPLES) {
      const shared = resolve(__dirname, '../../../../shared/realworld', name);
      if (!existsSync(shared)) continue;
      expect(Buffer.from(sampleBytes(name)).equals(readFileSync(shared)), name).toBe(true);
    }
  });
});
