/**
 * Turns France compétences' open-data export (zip or XML) into renewal dossiers.
 * Usage: npm run -s import-fiche -- FICHIER.xml|FICHIER.zip [--numero RNCP35419]
 * Prints a `certifill-dossiers` export on stdout (one renewal dossier per fiche, or the one asked
 * for); a short summary and every error on stderr, in French. Exit code 2 on bad input, 1 when the
 * fiche asked for is not in the export. Nothing reaches stdout unless the whole file was read.
 */

import { importFiche } from './cli/import-fiche';
import { runCli } from './cli/io';

await runCli(importFiche);
