import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalisePostcode, readPostcodeFile } from '../src/returns/ssda903/reference.ts';

/** The ONSPD's columns (May 2025 layout, 54 of them), of which the lookup reads eight. */
const COLUMNS =
  'pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,osnrth1m,osgrdind,oshlthau,' +
  'nhser,ctry,rgn,streg,pcon,eer,teclec,ttwa,pct,itl,statsward,oa01,casward,npark,lsoa01,msoa01,ur01ind,' +
  'oac01,oa11,lsoa11,msoa11,wz11,sicbl,bua24,ru11ind,oac11,lat,long,lep1,lep2,pfa,imd,calncv,icb,oa21,' +
  'lsoa21,msoa21,ruc21ind,globalid';
/** The ONSPD holds about 2.7 million postcodes, live and terminated. */
const ROWS = 2_700_000;

function postcodeOf(i: number): string {
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  const area = `${letters[i % 20]}${letters[Math.floor(i / 20) % 20]}`;
  const district = Math.floor(i / 400) % 100;
  const sector = Math.floor(i / 40_000) % 10;
  const unit = `${letters[Math.floor(i / 400_000) % 20]}${letters[Math.floor(i / 8_000_000) % 20]}`;
  return `${area}${district} ${sector}${unit}`;
}

/**
 * Reading the postcode lookup that `hearth validate ssda903 --postcodes` takes, from a synthetic file the
 * size and shape of the whole ONS Postcode Directory (2.7 million rows of 54 columns, about 1.2 GB):
 * keeping only the 20,000 postcodes a large return uses, as the command does, then keeping all of them.
 */
export async function postcodeLookup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-onspd-'));
  const file = path.join(dir, 'ONSPD.csv');
  try {
    const out = fs.openSync(file, 'w');
    fs.writeSync(out, `${COLUMNS}\n`);
    const filler = Array.from({ length: 27 }, (_, k) => `"E0${k}000001"`).join(',');
    let chunk = '';
    for (let i = 0; i < ROWS; i++) {
      const pc = postcodeOf(i);
      const pcd = `"${pc.replace(' ', '').padEnd(7)}"`;
      chunk +=
        `${pcd},${pcd},"${pc}","198001","",` +
        `"E10000003","E58000001","E07000008","E05000001","E04000001","0",` +
        `${500000 + (i % 100000)},${200000 + (i % 77777)},"1",${filler},` +
        `52.${i % 1000},-1.${i % 1000},"E37000001","","E23000001",${i % 30000},"x","E38000001","E54000001",` +
        `"E00000001","E01000001","E02000001","C1"\n`;
      if (chunk.length > 4_000_000) {
        fs.writeSync(out, chunk);
        chunk = '';
      }
    }
    fs.writeSync(out, chunk);
    fs.closeSync(out);
    const mb = fs.statSync(file).size / 1e6;
    const wanted = new Set(Array.from({ length: 20_000 }, (_, k) => normalisePostcode(postcodeOf(k * 131))));
    for (const [label, keep] of [
      ['20,000 postcodes kept', wanted],
      ['every postcode kept', undefined],
    ] as const) {
      const started = performance.now();
      const lookup = readPostcodeFile(file, keep);
      const seconds = (performance.now() - started) / 1000;
      const heapMb = process.memoryUsage().heapUsed / 1e6;
      console.log(
        `${label}: ${lookup.size.toLocaleString('en-GB')} of ${ROWS.toLocaleString('en-GB')} rows ` +
          `(${mb.toFixed(0)} MB) read in ${seconds.toFixed(1)} s, heap ${heapMb.toFixed(0)} MB`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
