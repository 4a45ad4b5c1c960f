<?php
/**
 * The library (the CDN build of nsiw-widgets): a script that WordPress prints once, in the `<head>` of
 * the pages that use a block or shortcode, rewritten into a module script with its integrity.
 *
 * A classic theme renders the post after `wp_head`, so the queried posts are searched for a block or a
 * shortcode before it; a block theme renders its template before `wp_head`, and each rendered element
 * enqueues the script itself. An element found neither way (a shortcode in a widget) still gets the
 * script, at the end of the page.
 *
 * @package NSIW_Widgets
 */

namespace NSIW_Widgets;

defined( 'ABSPATH' ) || exit;

const LIBRARY_HANDLE = 'nsiw-widgets';

/**
 * The library to load: the URL and integrity of the settings when both are set, else the copy bundled
 * in library/ (whose integrity the build wrote into library/library.php). Null when neither is there.
 *
 * @return array{url: string, integrity: string, version: string|null}|null
 */
function library(): ?array {
	$url       = get_settings_value( 'library_url' );
	$integrity = get_settings_value( 'library_integrity' );
	if ( '' !== $url && '' !== $integrity ) {
		// A CDN's address is used exactly as given: a query string could make it another file.
		return array(
			'url'       => $url,
			'integrity' => $integrity,
			'version'   => null,
		);
	}
	$manifest = plugin_dir_path( PLUGIN_FILE ) . 'library/library.php';
	if ( ! is_readable( $manifest ) ) {
		return null;
	}
	$bundled = require $manifest;
	return array(
		'url'       => plugins_url( 'library/' . $bundled['entry'], PLUGIN_FILE ),
		'integrity' => $bundled['integrity'],
		// The file keeps its name from release to release: the version makes a browser fetch the new one.
		'version'   => $bundled['version'],
	);
}

/** Enqueues the library (once, however often it is asked). */
function enqueue_library(): void {
	$library = library();
	if ( null !== $library ) {
		wp_enqueue_script( LIBRARY_HANDLE, $library['url'], array(), $library['version'], false );
	}
}

/** On `wp_enqueue_scripts`: enqueues the library when the page uses a block or shortcode of the plugin. */
function enqueue_library_where_used(): void {
	if ( page_uses_library() ) {
		enqueue_library();
	}
}

/**
 * Whether the queried posts or the block theme's template hold a block or shortcode of the plugin.
 *
 * @return bool
 */
function page_uses_library(): bool {
	global $wp_query, $_wp_current_template_content;
	$contents = array();
	if ( $wp_query instanceof \WP_Query ) {
		foreach ( $wp_query->posts as $post ) {
			$contents[] = $post instanceof \WP_Post ? $post->post_content : '';
		}
	}
	if ( is_string( $_wp_current_template_content ) ) {
		$contents[] = $_wp_current_template_content;
	}
	foreach ( $contents as $content ) {
		foreach ( element_definitions() as $definition ) {
			if ( has_block( $definition['block'], $content ) || has_shortcode( $content, $definition['shortcode'] ) ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * The library's tag: a module script with its integrity. In the page's head it also holds the first
 * paint until the elements are defined (`blocking="render"`), so that from the first frame each holds
 * the place of its content (its children, this plugin's content for visitors without JavaScript, are
 * then not shown) and nothing below moves when the feed arrives. The editor's screen is not held.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL.
 * @return string
 */
function library_script_tag( string $tag, string $handle, string $src ): string {
	$library = LIBRARY_HANDLE === $handle ? library() : null;
	if ( null === $library ) {
		return $tag;
	}
	return sprintf(
		'<script type="module" src="%1$s" integrity="%2$s" crossorigin="anonymous"%3$s></script>' . "\n",
		esc_url( $src ),
		esc_attr( $library['integrity'] ),
		is_admin() ? '' : ' blocking="render"'
	);
}
