/**
 * What `npm ci` checks before it installs, done offline: package.json's dependencies
 * match the lock's root entry, and every dependency of every locked package (optional
 * ones included, whatever their platform) resolves, the way Node resolves modules, to a
 * locked entry whose version satisfies the range. Used by tests/unit/lockfile.test.ts.
 */
import semver from 'semver';

/**
 * @typedef {{version?: string, name?: string, dependencies?: Record<string, string>,
 *   devDependencies?: Record<string, string>, optionalDependencies?: Record<string, string>,
 *   peerDependencies?: Record<string, string>, optional?: boolean, dev?: boolean,
 *   os?: string[], cpu?: string[], link?: boolean}} LockEntry
 * @typedef {{lockfileVersion: number, name?: string, packages: Record<string, LockEntry>}} Lock
 * @typedef {{name?: string, dependencies?: Record<string, string>,
 *   devDependencies?: Record<string, string>, optionalDependencies?: Record<string, string>,
 *   overrides?: Record<string, unknown>}} PackageJson
 */

const KINDS = /** @type {const} */ (['dependencies', 'devDependencies', 'optionalDependencies']);

/** The lock path Node would load `name` from, required by the package at `from`. */
function resolve(lock, from, name) {
  let dir = from;
  for (;;) {
    const candidate = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (dir === '') return null;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

/** Ranges we can check with semver; aliases, git, file and URL specs are left alone. */
function checkable(range) {
  return semver.validRange(range) !== null;
}

/**
 * @param {PackageJson} pkg
 * @param {Lock} lock
 * @returns {string[]} the problems, in the words `npm ci` would use; empty when the lock is complete
 */
export function checkLock(pkg, lock) {
  const problems = [];
  // npm replaces the range of an overridden package everywhere in the tree.
  const overridden = new Set(
    Object.entries(pkg.overrides ?? {})
      .filter(([, v]) => typeof v === 'string')
      .map(([k]) => k),
  );
  const rootEntry = lock.packages[''] ?? {};
  for (const kind of KINDS) {
    for (const [name, range] of Object.entries(pkg[kind] ?? {})) {
      const locked = rootEntry[kind]?.[name];
      if (locked === undefined)
        problems.push(
          `package.json lists ${name}@${range}, package-lock.json does not (run \`npm install\`)`,
        );
      else if (locked !== range)
        problems.push(
          `package.json lists ${name}@${range}, package-lock.json records ${name}@${locked} (run \`npm install\`)`,
        );
    }
    for (const name of Object.keys(rootEntry[kind] ?? {})) {
      if (!(pkg[kind] ?? {})[name])
        problems.push(
          `package-lock.json records ${name}, package.json no longer lists it (run \`npm install\`)`,
        );
    }
  }
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (entry.link) continue;
    const isRoot = where === '';
    const kinds = isRoot ? KINDS : /** @type {const} */ (['dependencies', 'optionalDependencies']);
    const deps = isRoot ? Object.fromEntries(KINDS.flatMap((k) => Object.entries(pkg[k] ?? {}))) : null;
    for (const kind of kinds) {
      for (const [name, range] of Object.entries(isRoot ? (pkg[kind] ?? {}) : (entry[kind] ?? {}))) {
        if (isRoot && deps && deps[name] !== range) continue;
        const found = resolve(lock, where, name);
        const by = isRoot ? 'package.json' : where;
        if (!found) {
          problems.push(`Missing: ${name}@${range} from lock file (needed by ${by})`);
          continue;
        }
        const version = lock.packages[found]?.version;
        if (
          version &&
          !overridden.has(name) &&
          checkable(range) &&
          !semver.satisfies(version, range, {includePrerelease: true})
        ) {
          problems.push(
            `Invalid: lock file's ${name}@${version} does not satisfy ${name}@${range} (needed by ${by})`,
          );
        }
      }
    }
  }
  return problems;
}
