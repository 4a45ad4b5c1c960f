<?php
/**
 * Router of PHP's built-in server for a test WordPress (harness.mjs): Debian's WordPress in
 * /usr/share/wordpress, with its configuration named by NSIW_WP_CONFIG (/etc/wordpress/config-NAME.php,
 * read by Debian's wp-config.php) and its wp-content in NSIW_WP_CONTENT, a folder of the test's own.
 *
 * @package NSIW_Widgets
 */

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'NSIW_WP_CONFIG' );
$nsiw_path                   = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( str_starts_with( $nsiw_path, '/wp-content/' ) ) {
	$nsiw_file = realpath( getenv( 'NSIW_WP_CONTENT' ) . substr( $nsiw_path, strlen( '/wp-content' ) ) );
	if ( false === $nsiw_file || ! is_file( $nsiw_file ) || str_ends_with( $nsiw_file, '.php' ) ) {
		http_response_code( 404 );
		return true;
	}
	$nsiw_types = array(
		'js'   => 'text/javascript',
		'css'  => 'text/css',
		'json' => 'application/json',
		'svg'  => 'image/svg+xml',
		'png'  => 'image/png',
		'woff2' => 'font/woff2',
	);
	$nsiw_extension = pathinfo( $nsiw_file, PATHINFO_EXTENSION );
	header( 'Content-Type: ' . ( $nsiw_types[ $nsiw_extension ] ?? 'application/octet-stream' ) );
	readfile( $nsiw_file );
	return true;
}

$nsiw_root = '/usr/share/wordpress';
$nsiw_file = $nsiw_root . $nsiw_path;
if ( is_dir( $nsiw_file ) ) {
	$nsiw_file = rtrim( $nsiw_file, '/' ) . '/index.php';
}
if ( is_file( $nsiw_file ) && ! str_ends_with( $nsiw_file, '.php' ) ) {
	return false;
}
if ( ! is_file( $nsiw_file ) ) {
	$nsiw_file = $nsiw_root . '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $nsiw_file;
$_SERVER['SCRIPT_NAME']     = substr( $nsiw_file, strlen( $nsiw_root ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $nsiw_file ) );
require $nsiw_file;
return true;
