/**
 * package-lock.json must be complete, or `npm ci` (every CI service, Dependabot, and
 * contributors on other platforms) refuses it with "Missing: … from lock file". It goes
 * incomplete when a lock is written against a registry mirror that lacks other platforms'
 * optional binaries (@swc/core-darwin-arm64, @pagefind/windows-x64 …). This test checks,
 * offline and in milliseconds, what `npm ci` checks: every dependency of package.json and
 * of every locked package resolves to an entry of the lock, with a matching version.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkLock, type Lock, type PackageJson} from '../../scripts/lib/lockfile.mjs';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Lock;

describe('package-lock.json', () => {
  it('is a version 3 lock of this package', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.name).toBe(pkg.name);
  });

  it('agrees with package.json and holds every dependency `npm ci` will ask for (run `npm install` and commit the lock)', () => {
    expect(checkLock(pkg, lock)).toEqual([]);
  });
});

describe('the lock check', () => {
  const base: Lock = {
    lockfileVersion: 3,
    name: 'x',
    packages: {
      '': {name: 'x', dependencies: {a: '^1.0.0'}},
      'node_modules/a': {version: '1.2.0', optionalDependencies: {'a-darwin': '1.2.0'}},
      'node_modules/a-darwin': {version: '1.2.0', optional: true, os: ['darwin']},
    },
  };

  it('accepts a complete lock', () => {
    expect(checkLock({name: 'x', dependencies: {a: '^1.0.0'}}, base)).toEqual([]);
  });

  it("names another platform's optional binary missing from the lock", () => {
    const lock = structuredClone(base);
    delete lock.packages['node_modules/a-darwin'];
    expect(checkLock({name: 'x', dependencies: {a: '^1.0.0'}}, lock)).toEqual([
      'Missing: a-darwin@1.2.0 from lock file (needed by node_modules/a)',
    ]);
  });

  it('names a dependency of package.json that the lock does not record', () => {
    expect(checkLock({name: 'x', dependencies: {a: '^1.0.0', b: '^2.0.0'}}, base)).toEqual([
      'package.json lists b@^2.0.0, package-lock.json does not (run `npm install`)',
      'Missing: b@^2.0.0 from lock file (needed by package.json)',
    ]);
  });

  it('names a locked version that no longer satisfies package.json', () => {
    expect(checkLock({name: 'x', dependencies: {a: '^2.0.0'}}, base)).toContain(
      'package.json lists a@^2.0.0, package-lock.json records a@^1.0.0 (run `npm install`)',
    );
  });
});
