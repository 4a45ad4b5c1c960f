<?php
/**
 * Plugin Name:       N-SIW Widgets
 * Plugin URI:        https://www.fafo.no/
 * Description:       The N-SIW network's events, workshops, info tabs and language toggle as blocks and shortcodes, for every author and contributor, with their content in the page for visitors without JavaScript.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            Fafo and the nsiw-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       nsiw-widgets
 * Domain Path:       /languages
 *
 * @package NSIW_Widgets
 */

namespace NSIW_Widgets;

defined( 'ABSPATH' ) || exit;

const VERSION     = '0.1.0';
const TEXT_DOMAIN = 'nsiw-widgets';
const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/feed.php';
require_once __DIR__ . '/includes/fallback.php';
require_once __DIR__ . '/includes/library.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';

/** Loads the plugin's translations for the current locale, from its own languages/ folder. */
function load_translations(): void {
	load_plugin_textdomain( TEXT_DOMAIN, false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
}

add_action( 'init', __NAMESPACE__ . '\load_translations' );
// switch_to_locale() (an e-mail in its recipient's language) unloads every text domain, and WordPress
// 6.1 finds again only those in wp-content/languages.
add_action( 'change_locale', __NAMESPACE__ . '\load_translations' );

add_action( 'init', __NAMESPACE__ . '\register_shortcodes' );
add_action( 'init', __NAMESPACE__ . '\register_blocks' );
add_action( 'admin_init', __NAMESPACE__ . '\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\add_settings_page' );
add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\enqueue_library_where_used' );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\enqueue_library' );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\add_editor_settings' );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\library_script_tag', 10, 3 );
add_filter( 'plugin_action_links_' . plugin_basename( PLUGIN_FILE ), __NAMESPACE__ . '\settings_action_link' );
