import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../..');
/** Where compiled assets live, served at /assets/. Built at install and, if missing, at start. */
export const ASSETS_DIR = path.join(ROOT, 'public');

const GOVUK = path.join(ROOT, 'node_modules/govuk-frontend/dist/govuk');
const MOJ = path.join(ROOT, 'node_modules/@ministryofjustice/frontend/moj');

export function assetsAreBuilt(): boolean {
  return fs.existsSync(path.join(ASSETS_DIR, 'stylesheets/application.css'));
}

/** Compiles the stylesheet and copies scripts, images and fonts from GOV.UK and MoJ Frontend. */
export function buildAssets(): void {
  fs.mkdirSync(path.join(ASSETS_DIR, 'stylesheets'), { recursive: true });
  fs.mkdirSync(path.join(ASSETS_DIR, 'javascripts'), { recursive: true });
  const css = sass.compile(path.join(here, 'application.scss'), {
    loadPaths: [ROOT],
    style: 'compressed',
    quietDeps: true,
    silenceDeprecations: ['import'],
    logger: sass.Logger.silent,
  });
  fs.writeFileSync(path.join(ASSETS_DIR, 'stylesheets/application.css'), css.css);
  fs.cpSync(path.join(GOVUK, 'assets'), ASSETS_DIR, { recursive: true });
  fs.cpSync(path.join(MOJ, 'assets/images'), path.join(ASSETS_DIR, 'images'), { recursive: true });
  fs.copyFileSync(
    path.join(GOVUK, 'govuk-frontend.min.js'),
    path.join(ASSETS_DIR, 'javascripts/govuk-frontend.min.js'),
  );
  fs.copyFileSync(
    path.join(MOJ, 'moj-frontend.min.js'),
    path.join(ASSETS_DIR, 'javascripts/moj-frontend.min.js'),
  );
  fs.copyFileSync(path.join(here, 'application.js'), path.join(ASSETS_DIR, 'javascripts/application.js'));
  fs.copyFileSync(path.join(here, 'hearth.svg'), path.join(ASSETS_DIR, 'images/hearth.svg'));
}
