<?php
/**
 * Dependencies API: WP_Dependencies base class
 *
 * This file is deprecated, use 'wp-includes/class-wp-dependencies.php' instead.
 *
 * @deprecated 6.1.0
 * @package WordPress
 */

_deprecated_file( basename( __FILE__ ), '6.1.0', WPINC . '/class-wp-dependencies.php' );

/** WP_Dependencies class */
require_once ABSPATH . WPINC . '/class-wp-dependencies.php';
