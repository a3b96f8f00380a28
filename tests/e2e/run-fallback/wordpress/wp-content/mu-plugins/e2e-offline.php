<?php
/**
 * Plugin Name: QuillCRM e2e offline site (TEST SITE ONLY)
 * Description: Written by tests/e2e/stack.sh into the throw-away test site's
 * wp-content/mu-plugins only. The site cannot reach WordPress.org
 * (WP_HTTP_BLOCK_EXTERNAL): skip the update checks instead of logging a
 * warning on every admin page, so wp-debug.log shows only what matters.
 */
defined( 'ABSPATH' ) || exit;

foreach ( array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes' ) as $e2e_hook ) {
	remove_action( 'admin_init', $e2e_hook );
}
remove_action( 'wp_version_check', 'wp_version_check' );
remove_action( 'wp_update_plugins', 'wp_update_plugins' );
remove_action( 'wp_update_themes', 'wp_update_themes' );
foreach ( array( 'load-plugins.php', 'load-update.php', 'load-update-core.php', 'load-themes.php' ) as $e2e_hook ) {
	remove_all_actions( $e2e_hook );
}
add_filter( 'pre_http_request', static function ( $pre, $args, $url ) {
	return str_contains( (string) wp_parse_url( $url, PHP_URL_HOST ), 'wordpress.org' ) ? new WP_Error( 'e2e_offline', 'offline test site' ) : $pre;
}, 10, 3 );
