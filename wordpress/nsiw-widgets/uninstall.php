<?php
/**
 * Removes what the plugin stored: its settings, and on every site of a network the feed copies and
 * their timestamps (options and transients named nsiw_widgets_feed_…).
 *
 * @package NSIW_Widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Deletes the plugin's options and transients of the current site. */
function nsiw_widgets_uninstall_site() {
	global $wpdb;
	delete_option( 'nsiw_widgets_settings' );
	$names = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a one-off sweep of the plugin's own options, no cache to keep.
		$wpdb->prepare(
			"SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( 'nsiw_widgets_feed_' ) . '%',
			$wpdb->esc_like( '_transient_nsiw_widgets_feed_' ) . '%',
			$wpdb->esc_like( '_transient_timeout_nsiw_widgets_feed_' ) . '%'
		)
	);
	foreach ( $names as $name ) {
		delete_option( $name );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $nsiw_widgets_site ) {
		switch_to_blog( $nsiw_widgets_site );
		nsiw_widgets_uninstall_site();
		restore_current_blog();
	}
} else {
	nsiw_widgets_uninstall_site();
}
