<?php
/**
 * The feed as the server reads it, for the content of the page's HTML (fallback.php).
 *
 * What it costs the site: one request per feed URL (wp_safe_remote_get, 3 s timeout, 2 MB at most) when
 * the copy is older than FRESH_FOR; while a feed cannot be read, one attempt per RETRY_AFTER. The last
 * good copy is kept in an option (not autoloaded) and used while the feed is down or broken, however
 * old; the browser's element then loads the feed itself anyway.
 *
 * @package NSIW_Widgets
 */

namespace NSIW_Widgets;

defined( 'ABSPATH' ) || exit;

const FRESH_FOR     = 15 * MINUTE_IN_SECONDS;
const RETRY_AFTER   = 5 * MINUTE_IN_SECONDS;
const FETCH_TIMEOUT = 3;
const MAX_FEED_SIZE = 2 * MB_IN_BYTES;
const CACHE_PREFIX  = 'nsiw_widgets_feed_';

/**
 * The feed at `$url` as an array, from the last good copy this site has, fetched again when that copy
 * is older than FRESH_FOR; null when the site has never been able to read it.
 *
 * @param string $url The feed's URL (absolute, or from the site's root).
 * @return array|null
 */
function get_feed( string $url ): ?array {
	static $read = array();
	$absolute = absolute_feed_url( $url );
	if ( '' === $absolute ) {
		return null;
	}
	if ( array_key_exists( $absolute, $read ) ) {
		return $read[ $absolute ];
	}
	$key = CACHE_PREFIX . md5( $absolute );
	if ( false === get_transient( $key ) ) {
		// Set before the request, so that the pages served while it runs do not all send their own.
		set_transient( $key, time(), RETRY_AFTER );
		$body = fetch_feed_body( $absolute );
		if ( null !== $body ) {
			update_option( $key, $body, false );
			set_transient( $key, time(), FRESH_FOR );
		}
	}
	$stored             = get_option( $key, '' );
	$read[ $absolute ] = is_string( $stored ) && '' !== $stored ? decode_feed( $stored ) : null;
	return $read[ $absolute ];
}

/**
 * `$url` made absolute against the site's home; empty for anything but http(s).
 *
 * @param string $url The URL as given.
 * @return string
 */
function absolute_feed_url( string $url ): string {
	$absolute = \WP_Http::make_absolute_url( $url, home_url( '/' ) );
	return preg_match( '#^https?://#i', $absolute ) ? $absolute : '';
}

/**
 * The feed's text when it is a usable feed (JSON, version 1), else null.
 *
 * Fetched with wp_safe_remote_get: any user who may write a post names the URL, so the server asks no
 * address on its own network and no unusual port (the `http_allowed_safe_ports` and
 * `http_request_host_is_external` filters open them).
 *
 * @param string $url The feed's absolute URL.
 * @return string|null
 */
function fetch_feed_body( string $url ): ?string {
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => FETCH_TIMEOUT,
			'limit_response_size' => MAX_FEED_SIZE,
			'headers'             => array( 'Accept' => 'application/json' ),
		)
	);
	if ( is_wp_error( $response ) || 200 !== wp_remote_retrieve_response_code( $response ) ) {
		return null;
	}
	$body = wp_remote_retrieve_body( $response );
	return null === decode_feed( $body ) ? null : $body;
}

/**
 * The feed in `$text` when it is a JSON object of version 1, else null.
 *
 * @param string $text The feed's text.
 * @return array|null
 */
function decode_feed( string $text ): ?array {
	$feed = json_decode( $text, true );
	return is_array( $feed ) && isset( $feed['version'] ) && 1 === $feed['version'] ? $feed : null;
}
