<?php
/**
 * Installs the test WordPress non-interactively (no wp-cli): wp_install(),
 * pretty permalinks, then activate_plugin() so the plugin's activation hook
 * runs exactly as when an admin clicks "Activate".
 *
 * Usage: php [same -d flags as php-fpm] install-wp.php <run>/stack.json
 */
if ( PHP_SAPI !== 'cli' || $argc !== 2 ) {
	fwrite( STDERR, "usage: php install-wp.php <stack.json>\n" );
	exit( 2 );
}
$stack = json_decode( (string) file_get_contents( $argv[1] ), true, 16, JSON_THROW_ON_ERROR );

$_SERVER['HTTP_HOST']   = '127.0.0.1:' . $stack['http_port'];
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/wp-admin/install.php';
define( 'WP_INSTALLING', true );
require $stack['wp_dir'] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( ! is_blog_installed() ) {
	$result = wp_install( 'QuillCRM e2e', $stack['admin_user'], $stack['admin_email'], false, '', wp_slash( $stack['admin_password'] ) );
	if ( empty( $result['user_id'] ) ) {
		fwrite( STDERR, "wp_install() failed\n" );
		exit( 1 );
	}
}
update_option( 'siteurl', $stack['site_url'] );
update_option( 'home', $stack['site_url'] );
update_option( 'permalink_structure', '/%postname%/' );
flush_rewrite_rules( false );

$plugin = $stack['plugin'];
$result = activate_plugin( $plugin, '', false, false );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, 'activate_plugin(' . $plugin . ') failed: ' . $result->get_error_message() . "\n" );
	exit( 1 );
}
if ( ! is_plugin_active( $plugin ) ) {
	fwrite( STDERR, "plugin $plugin is not active after activate_plugin()\n" );
	exit( 1 );
}
echo 'WordPress ' . get_bloginfo( 'version' ) . " installed at {$stack['site_url']}, plugin $plugin active\n";
