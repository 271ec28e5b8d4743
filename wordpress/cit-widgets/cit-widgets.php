<?php
/**
 * Plugin Name:       CIT widgets
 * Plugin URI:        https://github.com/cit-widgets/cit-widgets
 * Description:       Microneedling (collagen induction therapy) widgets for clinic sites: a suitability check, a session planner and a recovery timeline, as shortcodes and blocks. Patients' answers stay in their browser.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
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
