<?php
/**
 * The settings page (Settings → N-SIW Widgets), through the Settings API: options.php checks the nonce
 * of settings_fields() and the `manage_options` capability before anything is saved.
 *
 * @package NSIW_Widgets
 */

namespace NSIW_Widgets;

defined( 'ABSPATH' ) || exit;

const OPTION        = 'nsiw_widgets_settings';
const SETTINGS_PAGE = 'nsiw-widgets';

/**
 * The settings and their defaults: every value is a string, empty when unset.
 *
 * @return array{feed_url: string, library_url: string, library_integrity: string, fallback_url: string}
 */
function default_settings(): array {
	return array(
		'feed_url'          => '',
		'library_url'       => '',
		'library_integrity' => '',
		'fallback_url'      => '',
	);
}

/**
 * One setting's value.
 *
 * @param string $key A key of default_settings().
 * @return string
 */
function get_settings_value( string $key ): string {
	$settings = get_option( OPTION, array() );
	$settings = is_array( $settings ) ? array_merge( default_settings(), $settings ) : default_settings();
	return (string) $settings[ $key ];
}

/** Registers the option and its fields. */
function register_settings(): void {
	register_setting(
		SETTINGS_PAGE,
		OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => __NAMESPACE__ . '\sanitize_settings',
			'default'           => default_settings(),
		)
	);

	add_settings_section(
		'nsiw_widgets_feed',
		__( 'Feed', 'nsiw-widgets' ),
		'__return_false',
		SETTINGS_PAGE
	);
	add_settings_field(
		'feed_url',
		__( 'Default feed URL', 'nsiw-widgets' ),
		__NAMESPACE__ . '\render_settings_field',
		SETTINGS_PAGE,
		'nsiw_widgets_feed',
		array(
			'label_for'   => 'nsiw-widgets-feed_url',
			'key'         => 'feed_url',
			'type'        => 'url',
			'description' => __( 'Used by every block and shortcode that names no feed of its own.', 'nsiw-widgets' ),
		)
	);
	add_settings_field(
		'fallback_url',
		__( 'Events page for visitors without JavaScript', 'nsiw-widgets' ),
		__NAMESPACE__ . '\render_settings_field',
		SETTINGS_PAGE,
		'nsiw_widgets_feed',
		array(
			'label_for'   => 'nsiw-widgets-fallback_url',
			'key'         => 'fallback_url',
			'type'        => 'url',
			'description' => __( 'Linked from a widget while this site has not been able to read its feed. Optional.', 'nsiw-widgets' ),
		)
	);

	add_settings_section(
		'nsiw_widgets_library',
		__( 'Library', 'nsiw-widgets' ),
		__NAMESPACE__ . '\render_library_section',
		SETTINGS_PAGE
	);
	add_settings_field(
		'library_url',
		__( 'Library URL', 'nsiw-widgets' ),
		__NAMESPACE__ . '\render_settings_field',
		SETTINGS_PAGE,
		'nsiw_widgets_library',
		array(
			'label_for'   => 'nsiw-widgets-library_url',
			'key'         => 'library_url',
			'type'        => 'url',
			'description' => __( 'Empty: the copy bundled with this plugin, served by this site.', 'nsiw-widgets' ),
		)
	);
	add_settings_field(
		'library_integrity',
		__( 'Library integrity', 'nsiw-widgets' ),
		__NAMESPACE__ . '\render_settings_field',
		SETTINGS_PAGE,
		'nsiw_widgets_library',
		array(
			'label_for'   => 'nsiw-widgets-library_integrity',
			'key'         => 'library_integrity',
			'type'        => 'text',
			'description' => __( 'The sha384 hash of that file, as the release\'s build summary gives it (sha384-…). Required with a library URL.', 'nsiw-widgets' ),
		)
	);
}

/** The library section's introduction. */
function render_library_section(): void {
	echo '<p>' . esc_html__( 'The page loads the widgets\' script once, in its head, only where a block or shortcode is used.', 'nsiw-widgets' ) . '</p>';
}

/**
 * One text or URL field.
 *
 * @param array $args The field's arguments from add_settings_field().
 */
function render_settings_field( array $args ): void {
	printf(
		'<input type="%1$s" id="%2$s" name="%3$s[%4$s]" value="%5$s" class="regular-text code" /><p class="description">%6$s</p>',
		esc_attr( $args['type'] ),
		esc_attr( $args['label_for'] ),
		esc_attr( OPTION ),
		esc_attr( $args['key'] ),
		esc_attr( get_settings_value( $args['key'] ) ),
		esc_html( $args['description'] )
	);
}

/**
 * Checks what the form sent: URLs must be http(s); a library URL needs its integrity. A value that is
 * refused keeps the one saved before, and the page says why.
 *
 * @param mixed $input The submitted values.
 * @return array
 */
function sanitize_settings( $input ): array {
	$saved = get_option( OPTION, array() );
	$saved = is_array( $saved ) ? array_merge( default_settings(), $saved ) : default_settings();
	if ( ! is_array( $input ) ) {
		return $saved;
	}
	$clean = $saved;

	foreach ( array( 'feed_url', 'fallback_url', 'library_url' ) as $key ) {
		$value = isset( $input[ $key ] ) ? trim( (string) wp_unslash( $input[ $key ] ) ) : '';
		$url   = '' === $value ? '' : esc_url_raw( $value, array( 'http', 'https' ) );
		if ( '' !== $value && ( '' === $url || ! preg_match( '#^https?://#i', $value ) ) ) {
			add_settings_error( OPTION, $key, __( 'A URL must start with https:// or http://.', 'nsiw-widgets' ) );
			continue;
		}
		$clean[ $key ] = $url;
	}

	$integrity = isset( $input['library_integrity'] ) ? trim( (string) wp_unslash( $input['library_integrity'] ) ) : '';
	if ( '' !== $integrity && ! preg_match( '#^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$#', $integrity ) ) {
		add_settings_error( OPTION, 'library_integrity', __( 'The integrity must look like sha384- followed by the hash in base64.', 'nsiw-widgets' ) );
		$integrity = $saved['library_integrity'];
	}
	$clean['library_integrity'] = $integrity;

	if ( '' !== $clean['library_url'] && '' === $clean['library_integrity'] ) {
		add_settings_error( OPTION, 'library_url', __( 'A library URL needs its integrity; the bundled copy is used until both are set.', 'nsiw-widgets' ) );
		$clean['library_url'] = '';
	}
	return $clean;
}

/** Settings → N-SIW Widgets, for users who may manage the site's options. */
function add_settings_page(): void {
	add_options_page(
		__( 'N-SIW Widgets', 'nsiw-widgets' ),
		__( 'N-SIW Widgets', 'nsiw-widgets' ),
		'manage_options',
		SETTINGS_PAGE,
		__NAMESPACE__ . '\render_settings_page'
	);
}

/** The settings page itself. */
function render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" method="post">
			<?php
			settings_fields( SETTINGS_PAGE );
			do_settings_sections( SETTINGS_PAGE );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/**
 * A "Settings" link beside the plugin's "Deactivate" on the Plugins screen.
 *
 * @param array $links The plugin's action links.
 * @return array
 */
function settings_action_link( array $links ): array {
	$url = admin_url( 'options-general.php?page=' . SETTINGS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'nsiw-widgets' ) . '</a>' );
	return $links;
}
