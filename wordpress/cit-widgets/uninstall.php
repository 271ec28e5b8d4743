<?php
/**
 * Removes the plugin's one option (on every site of a network) when the plugin is deleted from Plugins.
 *
 * @package CitWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

// On a network, every site's option, not only the main site's.
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $cit_widgets_site ) {
		switch_to_blog( (int) $cit_widgets_site );
		delete_option( 'cit_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'cit_widgets_settings' );
}
