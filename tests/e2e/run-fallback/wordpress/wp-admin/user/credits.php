<?php
/**
 * User Dashboard Credits administration panel.
 *
 * @package WordPress
 * @subpackage Administration
 * @since 3.4.0
 */

/** Load WordPress Administration Bootstrap */
require_once __DIR__ . '/admin.php';

require ABSPATH . 'wp-admin/credits.php';
