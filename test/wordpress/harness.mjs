// A real WordPress for the plugin's tests, from Debian's packages (wordpress 6.1 with Twenty Twenty-Three,
// PHP 8.2, MariaDB): a private MariaDB and PHP's built-in server on free ports, in a temporary folder,
// stopped by `stop()` whatever happened. Debian's wp-config.php reads /etc/wordpress/config-NAME.php;
// each site writes its own NAME there (with this process's id) and removes it again.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORDPRESS = '/usr/share/wordpress';
const ROUTER = fileURLToPath(new URL('router.php', import.meta.url));
const PACKAGES = ['wordpress', 'php-cli', 'php-mysql', 'php-xml', 'php-mbstring', 'php-curl', 'php-intl', 'mariadb-server'];

/**
 * Installs Debian's packages the tests need when one is missing (as root), or throws one line saying
 * what to install.
 */
export function ensurePackages() {
  const present = () =>
    existsSync(join(WORDPRESS, 'wp-settings.php')) &&
    existsSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree')) &&
    commandExists('mariadbd') &&
    commandExists('mariadb-install-db') &&
    commandExists('php') &&
    ['mysqli', 'intl', 'mbstring', 'curl', 'xml'].every((module) => phpModules().includes(module));
  if (present()) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`WordPress tests need Debian's packages: apt-get install -y ${PACKAGES.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...PACKAGES]]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
  if (!present()) throw new Error(`WordPress tests: ${PACKAGES.join(' ')} installed, but WordPress, PHP or MariaDB is still missing`);
}

const commandExists = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
const phpModules = () => (commandExists('php') ? spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout.split('\n') : []);

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `check()` does, asking every 50 ms; rejects after `timeout` ms with `what`. */
export async function waitFor(check, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The test run's folder, MariaDB and the sites started in it; `stop()` ends every process and removes
 * every file it made (the folder and the configuration files in /etc/wordpress).
 */
export async function startLab() {
  const dir = mkdtempSync(join(tmpdir(), 'nsiw-wordpress-'));
  const processes = [];
  const configs = [];
  const removeFiles = () => {
    for (const file of configs) rmSync(file, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  // Should the test's process end without stop() (a signal, a crash), its servers and files go with it.
  const killAll = () => {
    processes.forEach((child) => child.exitCode === null && process.kill(-child.pid, 'SIGKILL'));
    removeFiles();
  };
  const exitOnSignal = (signal) => process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  process.on('exit', killAll).once('SIGINT', exitOnSignal).once('SIGTERM', exitOnSignal);
  const lab = {
    dir,
    async stop() {
      await Promise.all(processes.map(stopProcess));
      process.off('exit', killAll).off('SIGINT', exitOnSignal).off('SIGTERM', exitOnSignal);
      removeFiles();
    },
  };
  try {
    const data = join(dir, 'mysql');
    const socket = join(dir, 'mysql.sock');
    const install = spawnSync(
      'mariadb-install-db',
      [`--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
    const mariadb = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        `--pid-file=${join(dir, 'mysql.pid')}`,
        '--skip-networking',
        '--user=root',
        '--innodb-buffer-pool-size=64M',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
    );
    processes.push(mariadb);
    let mariadbLog = '';
    mariadb.stderr.on('data', (chunk) => (mariadbLog += chunk));
    await waitFor(() => existsSync(socket) || mariadb.exitCode !== null, 'MariaDB to start');
    if (mariadb.exitCode !== null) throw new Error(`MariaDB did not start: ${mariadbLog}`);
    lab.socket = socket;
    lab.processes = processes;
    lab.configs = configs;
    lab.sql = (statement) => {
      const result = spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`SQL failed: ${statement}: ${result.stderr}`);
    };
    return lab;
  } catch (error) {
    await lab.stop();
    throw error;
  }
}

/** Ends `child` and every process of its group (PHP's server forks its workers), and resolves once it has exited. */
function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    process.kill(-child.pid, 'SIGTERM');
  });
}

/**
 * A WordPress site of the lab: its database, configuration, wp-content (Twenty Twenty-Three, the plugin
 * zips of `plugins` unpacked by WordPress's own unzip_file(), and the `muPlugins` given as PHP source),
 * installed and served.
 *
 * @param lab from startLab()
 * @param {{ name: string, multisite?: boolean, locale?: string, plugins?: string[], muPlugins?: Record<string,string> }} options
 */
export async function startSite(lab, { name, multisite = false, locale = '', plugins = [], muPlugins = {} }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const configName = `nsiw-test-${process.pid}-${name}`;
  const configFile = `/etc/wordpress/config-${configName}.php`;
  const content = join(lab.dir, `content-${name}`);
  const database = `wp_${name.replace(/\W/g, '_')}`;
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'mu-plugins'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  symlinkSync(join(WORDPRESS, 'wp-content/themes'), join(content, 'themes'));
  for (const [file, source] of Object.entries(muPlugins)) writeFileSync(join(content, 'mu-plugins', file), source);
  if (locale) {
    // WordPress takes a site language only when its core translation is installed: one without messages will do.
    mkdirSync(join(content, 'languages'), { recursive: true });
    writeFileSync(join(content, 'languages', `${locale}.mo`), headerOnlyMo(locale));
  }
  lab.sql(`CREATE DATABASE ${database}`);

  const constants = {
    DB_NAME: database,
    DB_USER: 'root',
    DB_PASSWORD: '',
    DB_HOST: `localhost:${lab.socket}`,
    WP_HOME: url,
    WP_SITEURL: url,
    WP_CONTENT_DIR: content,
    WP_CONTENT_URL: `${url}/wp-content`,
    // Application passwords over plain http, as a developer's machine has them.
    WP_ENVIRONMENT_TYPE: 'local',
    FS_METHOD: 'direct',
    DISABLE_WP_CRON: true,
    AUTOMATIC_UPDATER_DISABLED: true,
    // No request leaves this machine (update checks, the dashboard's news): the site's own host is allowed.
    WP_HTTP_BLOCK_EXTERNAL: true,
    WP_DEBUG: true,
    WP_DEBUG_LOG: join(lab.dir, `debug-${name}.log`),
    WP_DEBUG_DISPLAY: false,
    ...Object.fromEntries(
      ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((key) => [
        [`${key}_KEY`, `${key}-${process.pid}-${name}`],
        [`${key}_SALT`, `${key}-salt-${process.pid}-${name}`],
      ]),
    ),
  };
  const writeConfig = (extra = {}) =>
    writeFileSync(
      configFile,
      `<?php\n${Object.entries({ ...constants, ...extra })
        .map(([key, value]) => `define( '${key}', ${JSON.stringify(value)} );`)
        .join('\n')}\n`,
    );
  lab.configs.push(configFile);
  writeConfig();

  const site = {
    name,
    url,
    port,
    content,
    /** The end of the site's PHP error log (WP_DEBUG_LOG). */
    log() {
      const file = join(lab.dir, `debug-${name}.log`);
      return existsSync(file) ? readFileSync(file, 'utf8').slice(-4000) : '';
    },
    /** Runs PHP with WordPress loaded (`$nsiw_result` is printed as JSON), and returns that result. */
    php(code, { installing = false } = {}) {
      const script = join(lab.dir, `script-${name}.php`);
      writeFileSync(
        script,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['WORDPRESS_CONFIG'] = '${configName}';
${installing ? "define( 'WP_INSTALLING', true );" : ''}
require '${WORDPRESS}/wp-load.php';
$nsiw_result = null;
${code}
echo "\\n--RESULT--\\n" . wp_json_encode( $nsiw_result );
`,
      );
      const result = spawnSync('php', [script], { encoding: 'utf8' });
      const marker = result.stdout.lastIndexOf('\n--RESULT--\n');
      if (result.status !== 0 || marker < 0) throw new Error(`PHP failed on ${name}: ${site.log() || result.stdout + result.stderr}`);
      return JSON.parse(result.stdout.slice(marker + '\n--RESULT--\n'.length));
    },
  };

  site.php(
    `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'N-SIW test ${name}', 'admin', 'admin@example.org', false, '', 'admin-password' );
update_option( 'permalink_structure', '' );
${locale ? `update_option( 'WPLANG', '${locale}' );` : ''}`,
    { installing: true },
  );
  for (const plugin of plugins) {
    const unzipped = site.php(`require_once ABSPATH . 'wp-admin/includes/file.php';
WP_Filesystem();
$nsiw_result = unzip_file( ${JSON.stringify(plugin)}, WP_PLUGIN_DIR );
$nsiw_result = is_wp_error( $nsiw_result ) ? $nsiw_result->get_error_message() : 'unzipped';`);
    if (unzipped !== 'unzipped') throw new Error(`unzipping ${plugin} into ${name}: ${unzipped}`);
  }
  if (multisite) {
    // As Tools → Network Setup does: the network's tables, then the constants that make it one.
    const network = site.php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/network.php';
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
	$wpdb->$table = $prefixed_table;
}
install_network();
$nsiw_result = populate_network( 1, '127.0.0.1:${port}', 'admin@example.org', 'N-SIW test network', '/', false );
$nsiw_result = is_wp_error( $nsiw_result ) ? $nsiw_result->get_error_message() : 'network';`,
    );
    if (network !== 'network') throw new Error(`populate_network on ${name}: ${network}`);
    writeConfig({
      MULTISITE: true,
      SUBDOMAIN_INSTALL: false,
      DOMAIN_CURRENT_SITE: `127.0.0.1:${port}`,
      PATH_CURRENT_SITE: '/',
      SITE_ID_CURRENT_SITE: 1,
      BLOG_ID_CURRENT_SITE: 1,
    });
  }

  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS, ROUTER], {
    env: { ...process.env, NSIW_WP_CONFIG: configName, NSIW_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: ['ignore', 'ignore', 'ignore'],
    // A process group of its own, so that stopping it stops its workers too.
    detached: true,
  });
  lab.processes.push(server);
  await waitFor(async () => {
    if (server.exitCode !== null) throw new Error(`PHP's server for ${name} exited (${server.exitCode})`);
    return fetch(`${url}/wp-login.php`).then(
      (response) => response.ok,
      () => false,
    );
  }, `WordPress ${name} to answer`);
  return site;
}

/** A valid .mo file holding only its header (WordPress cannot read one without any entry). */
function headerOnlyMo(locale) {
  const translation = Buffer.from(`Language: ${locale}\nContent-Type: text/plain; charset=UTF-8\n\0`);
  const file = Buffer.alloc(28 + 16 + 1);
  // Magic, revision, 1 entry, its original's and translation's length and offset, no hash table.
  [0x950412de, 0, 1, 28, 36, 0, 44, 0, 44, translation.length - 1, 45].forEach((value, index) => file.writeUInt32LE(value, index * 4));
  return Buffer.concat([file, translation]);
}

/**
 * Users of `site` with the given roles (`{ login: role }`), each with an application password for the
 * REST API; `{ login: { id, authorization } }`.
 */
export function createUsers(site, roles) {
  return site.php(`
$nsiw_result = array();
foreach ( json_decode( '${JSON.stringify(roles)}', true ) as $login => $role ) {
	$id = username_exists( $login ) ?: wp_insert_user( array( 'user_login' => $login, 'user_pass' => $login . '-password', 'user_email' => $login . '@example.org', 'role' => $role ) );
	if ( is_multisite() ) {
		add_user_to_blog( get_current_blog_id(), $id, $role );
	}
	list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'nsiw-test' ) );
	$nsiw_result[ $login ] = array( 'id' => $id, 'authorization' => 'Basic ' . base64_encode( $login . ':' . $password ) );
}`);
}

/** A REST request to `site` as `user` (from createUsers); resolves with the parsed JSON, rejects on an HTTP error. */
export async function rest(site, user, method, route, body) {
  const [path, query] = route.split('?');
  const response = await fetch(`${site.url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
    method,
    headers: { authorization: user.authorization, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${JSON.stringify(json)}`);
  return json;
}
