<?php
/**
 * Plugin Name:       CIT widgets
 * Plugin URI:        https://github.com/cit-widgets/cit-widgets
 * Description:       Microneedling (collagen induction therapy) widgets for clinic sites: a suitability check, a session planner and a recovery timeline, as shortcodes and blocks. Patients' answers stay in their browser.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The cit-widgets authors
 * Author URI:        https://github.com/cit-widgets/cit-widgets
 * License:           MIT
 * Text Domain:       cit-widgets
 *
 * @package CitWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'CIT_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/blocks.php';

add_action( 'init', 'cit_widgets_load_textdomain', 0 );

/**
 * The plugin's translations: WordPress's language packs, else the plugin's languages/ folder.
 */
function cit_widgets_load_textdomain() {
	load_plugin_textdomain( 'cit-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}

add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'cit_widgets_action_links' );

/**
 * A "Settings" link on the plugin's row in Plugins.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function cit_widgets_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=cit-widgets' ) ) . '">' . esc_html__( 'Settings', 'cit-widgets' ) . '</a>' );
	return $links;
}

register_activation_hook( __FILE__, 'cit_widgets_activate' );

/**
 * Remembers the activation for a moment, for the notice that points to the settings.
 */
function cit_widgets_activate() {
	set_transient( 'cit_widgets_activated', 1, 300 );
}

add_action( 'admin_notices', 'cit_widgets_activation_notice' );

/**
 * Once, after activation: where the clinic's settings go.
 */
function cit_widgets_activation_notice() {
	if ( ! get_transient( 'cit_widgets_activated' ) || ! current_user_can( 'manage_options' ) ) {
		return;
	}
	delete_transient( 'cit_widgets_activated' );
	printf(
		'<div class="notice notice-success is-dismissible cit-widgets-activated"><p>%s <a href="%s">%s</a></p></div>',
		esc_html__( 'CIT widgets is active. Add your clinic’s name, booking page, phone and prices once; every widget uses them.', 'cit-widgets' ),
		esc_url( admin_url( 'options-general.php?page=cit-widgets' ) ),
		esc_html__( 'Settings → CIT widgets', 'cit-widgets' )
	);
}

add_action( 'admin_init', 'cit_widgets_privacy_policy' );

/**
 * Suggested text for the site's privacy policy (Settings → Privacy): what the widgets keep and send.
 */
function cit_widgets_privacy_policy() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$text = '<p>' . esc_html__( 'Our microneedling tools (the suitability check, the session planner and the recovery timeline) run in your browser. What you enter in them is not sent to this site or to anyone else, and they set no cookies.', 'cit-widgets' ) . '</p>'
		. '<p>' . esc_html__( 'The suitability check keeps your answers in your browser’s session storage for the open tab only, so that reloading the page does not lose them; they are deleted when you close the tab. Calendar files are made in your browser and saved only if you choose to.', 'cit-widgets' ) . '</p>';
	wp_add_privacy_policy_content( 'CIT widgets', wp_kses_post( $text ) );
}
