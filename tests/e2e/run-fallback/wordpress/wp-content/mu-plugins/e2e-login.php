<?php
/**
 * Plugin Name: QuillCRM e2e login helper (TEST SITE ONLY)
 * Description: Written by tests/e2e/stack.sh into the throw-away test site's
 * wp-content/mu-plugins only; never part of the product. Logs the browser test
 * in as the admin: /?e2e_login=<token from the run dir>&to=<admin path>.
 */
defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		if ( ! isset( $_GET['e2e_login'] ) ) {
			return;
		}
		$token_file = '/work/main/tests/e2e/run-fallback/login-token';
		$token      = is_readable( $token_file ) ? trim( (string) file_get_contents( $token_file ) ) : '';
		$given      = (string) wp_unslash( $_GET['e2e_login'] );
		$remote     = isset( $_SERVER['REMOTE_ADDR'] ) ? (string) $_SERVER['REMOTE_ADDR'] : '';
		if ( strlen( $token ) < 32 || ! hash_equals( $token, $given ) || '127.0.0.1' !== $remote ) {
			status_header( 403 );
			exit( 'e2e login refused' );
		}
		$user = get_user_by( 'login', 'admin' );
		if ( ! $user ) {
			status_header( 500 );
			exit( 'e2e admin user missing' );
		}
		wp_set_current_user( $user->ID );
		wp_set_auth_cookie( $user->ID, false );
		$to = isset( $_GET['to'] ) ? (string) wp_unslash( $_GET['to'] ) : 'index.php';
		wp_safe_redirect( admin_url( ltrim( $to, '/' ) ) );
		exit;
	},
	0
);
