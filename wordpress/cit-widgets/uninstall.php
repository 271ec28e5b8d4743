<?php
/**
 * Removes the plugin's one option when the plugin is deleted from Plugins.
 *
 * @package CitWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'cit_widgets_settings' );
