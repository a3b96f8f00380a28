<?php
// Test site only: written by tests/e2e/stack.sh.
define( 'DB_NAME', 'quillcrm_e2e' );
define( 'DB_USER', 'quillcrm_e2e' );
define( 'DB_PASSWORD', 'e2e-db-password' );
define( 'DB_HOST', '127.0.0.1:13406' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', 'cc073c83f4bc66cef20aad77fde49f171724f1a1e8383418b8c4315debfcec81' );
define( 'SECURE_AUTH_KEY', '64279fc20452a833ae8e7224b84ec4ea241dd94d1acb7051c8bc369493a63364' );
define( 'LOGGED_IN_KEY', 'a97f99a38f2965f7909c51fea877ac7906e07321ee5cac1316f0687e76bb8bb5' );
define( 'NONCE_KEY', '16d0470118704d923fc4fbf844047101e151a4ac0a46e618bda90532535faed2' );
define( 'AUTH_SALT', '612d9d19f3215fc463a7524cd9af168ea527ae63f5b0be2d591f3cfa0ec05b37' );
define( 'SECURE_AUTH_SALT', 'd7690d2427d1f44d46f7604eca6851da091c6640a30fe7298d0b376fb9c8608b' );
define( 'LOGGED_IN_SALT', 'ab2a7006e93bfe3e0a4fe616876032d1bab5dc2f685a51e91282759b64ea700a' );
define( 'NONCE_SALT', '5d6e2683825e8785d2b4b3c4ba8cf83e1fda6ab3f75871a22c35c20d1031103b' );

$table_prefix = 'wp_';
define( 'WP_HOME', 'http://127.0.0.1:18180' );
define( 'WP_SITEURL', 'http://127.0.0.1:18180' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISALLOW_FILE_MODS', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '/work/main/tests/e2e/run-fallback/wp-debug.log' );
define( 'QUILLCRM_SNS_TEST_CA_FILE', '/work/main/tests/fixtures/pki/test-ca.pem' );
define( 'QUILLCRM_SNS_TEST_RESOLVE', 'sns.us-east-1.amazonaws.com:443:127.0.0.1:18543,sns.us-west-2.amazonaws.com:443:127.0.0.1:18543,sns.eu-west-1.amazonaws.com:443:127.0.0.1:18543' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
