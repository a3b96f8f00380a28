<?php
/**
 * Dependencies API: WP_Scripts class
 *
 * This file is deprecated, use 'wp-includes/class-wp-scripts.php' instead.
 *
 * @deprecated 6.1.0
 * @package WordPress
 */

_deprecated_file( basename( __FILE__ ), '6.1.0', WPINC . '/class-wp-scripts.php' );

/** WP_Scripts class */
require_once ABSPATH . WPINC . '/class-wp-scripts.php';
