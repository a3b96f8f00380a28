<?php
/**
 * The plugin on a WordPress multisite network: a second WordPress beside the
 * test site (the same code, database and PHP, tables prefixed qms_), made a
 * subdirectory network, driven from the command line
 * (site/multisite-run.php boots one of its sites and runs code there) and,
 * for the webhook, through an nginx of its own in front of the test site's
 * php-fpm. What this covers is the plugin's own multisite code: network
 * activation, a sub-site's first admin visit, its own key and tables, a
 * deleted sub-site's tables, the network's capability for the server's AWS
 * credentials and PHP build, network deactivation and uninstall.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use PHPUnit\Framework\TestCase;
use QuillCRM\E2E\Faults;
use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;
use QuillCRM\E2E\SnsSigner;

final class MultisiteTest extends TestCase {
	private const PREFIX = 'qms_';
	private const DOMAIN = 'multisite.test';
	private const PLUGIN = 'quillcrm-bounce/quillcrm-bounce.php';

	private static Site $site;
	private static string $dir;

	public static function setUpBeforeClass(): void {
		self::$site = Site::get();
		self::$dir  = self::$site->stack['run_dir'] . '/wordpress-multisite';
		self::drop_network_tables();
		self::shell( 'rm -rf ' . escapeshellarg( self::$dir ) . ' && cp -a ' . escapeshellarg( (string) self::$site->stack['wp_dir'] ) . ' ' . escapeshellarg( self::$dir ) );
		// The test site's must-use plugins serve its HTTP tests; this network
		// keeps only the one that blocks outside requests.
		foreach ( glob( self::$dir . '/wp-content/mu-plugins/*.php' ) ?: array() as $file ) {
			if ( 'e2e-offline.php' !== basename( $file ) ) {
				unlink( $file );
			}
		}
		self::write_config( false );
		self::in_site(
			'/',
			'$r = wp_install( "QuillCRM network", "admin", "admin@example.test", false, "", wp_slash( "network-password" ) );
			if ( empty( $r["user_id"] ) ) { throw new RuntimeException( "wp_install() failed" ); }
			global $wpdb;
			foreach ( $wpdb->tables( "ms_global" ) as $table => $prefixed ) { $wpdb->$table = $prefixed; }
			install_network();
			$e = populate_network( 1, "' . self::DOMAIN . '", "admin@example.test", "QuillCRM network", "/", false );
			if ( is_wp_error( $e ) ) { throw new RuntimeException( $e->get_error_message() ); }
			return true;',
			true
		);
		self::write_config( true );
		self::new_site( 'two' );
		$activated = self::in_site( '/', 'return is_wp_error( $r = activate_plugin( "' . self::PLUGIN . '", "", true ) ) ? $r->get_error_message() : is_plugin_active_for_network( "' . self::PLUGIN . '" );' );
		if ( true !== $activated ) {
			throw new \RuntimeException( 'network activation failed: ' . var_export( $activated, true ) );
		}
	}

	public static function tearDownAfterClass(): void {
		self::drop_network_tables();
		self::shell( 'rm -rf ' . escapeshellarg( self::$dir ) );
	}

	public function testNetworkActivationSetsUpTheSiteItRunsOn(): void {
		$this->assertContains( self::PREFIX . 'quillcrm_bounce_events', self::tables() );
		$this->assertNotSame( '', self::in_site( '/', 'return (string) get_option( "quillcrm_bounce_webhook_key", "" );' ) );
	}

	public function testASubSiteGetsItsOwnTablesKeyAndScheduleOnItsFirstAdminVisit(): void {
		$id = self::new_site( 'first-visit' );
		$this->assertNotContains( self::PREFIX . $id . '_quillcrm_bounce_events', self::tables(), 'not before the visit' );

		$site = self::in_site( '/first-visit/', 'wp_set_current_user( 1 ); do_action( "admin_init" ); return array( "key" => (string) get_option( "quillcrm_bounce_webhook_key", "" ), "prune" => (bool) wp_next_scheduled( QuillCRM\Bounce\Retention::CRON_HOOK ) );' );

		$this->assertContains( self::PREFIX . $id . '_quillcrm_bounce_events', self::tables() );
		$this->assertTrue( $site['prune'], 'its daily prune is scheduled' );
		$this->assertSame( 48, strlen( $site['key'] ) );
		$this->assertNotSame( self::in_site( '/', 'return (string) get_option( "quillcrm_bounce_webhook_key", "" );' ), $site['key'], 'a key of its own' );
	}

	public function testASubSiteDeletedFromTheNetworkTakesItsPluginTablesWithIt(): void {
		$id = self::new_site( 'doomed' );
		self::in_site( '/doomed/', 'wp_set_current_user( 1 ); do_action( "admin_init" ); return true;' );
		$this->assertContains( self::PREFIX . $id . '_quillcrm_bounce_dedup', self::tables() );

		self::in_site( '/', 'wpmu_delete_blog( ' . $id . ', true ); return true;' );

		$this->assertSame( array(), preg_grep( '/^' . self::PREFIX . $id . '_/', self::tables() ), 'none of its tables left' );
		$this->assertContains( self::PREFIX . 'quillcrm_bounce_dedup', self::tables(), 'the other sites keep theirs' );
	}

	public function testAContactsTableTheNetworkSharesStaysWhenASiteIsDeleted(): void {
		$id = self::new_site( 'sharing' );
		self::$site->exec( 'CREATE TABLE IF NOT EXISTS ' . self::PREFIX . 'shared_contacts (id INT PRIMARY KEY)' );

		self::in_site( '/', 'add_filter( "quillcrm_bounce_contacts_table", static fn() => "' . self::PREFIX . 'shared_contacts" ); wpmu_delete_blog( ' . $id . ', true ); return true;' );

		$this->assertContains( self::PREFIX . 'shared_contacts', self::tables() );
	}

	public function testTheMainSitesTablesToDropListNoContactsTable(): void {
		// wp_delete_site() does not refuse the main site; its prefix is the
		// network's, which a shared contacts table may start with too.
		$tables = self::in_site( '/', 'return apply_filters( "wpmu_drop_tables", array(), 1 );' );

		$this->assertContains( self::PREFIX . 'quillcrm_bounce_events', $tables );
		$this->assertNotContains( self::PREFIX . 'quillcrm_contacts', $tables );
	}

	public function testASiteAdministratorCannotActWithTheServersAwsCredentials(): void {
		$answers = self::in_site( '/two/', self::as_user( '$user = wp_insert_user( array( "user_login" => "site-admin-" . wp_generate_password( 6, false ), "user_pass" => wp_generate_password(), "role" => "administrator" ) );' ) );

		$refused = 'wp_die: Sorry, you are not allowed to manage these settings.';
		$this->assertSame( array( 'intake' => $refused, 'setup' => $refused, 'stored' => 'webhook' ), $answers );
	}

	public function testTheNetworksAdministratorCanSetASitesQueueIntake(): void {
		try {
			$answers = self::in_site( '/two/', self::as_user( '$user = 1;', false ) );
		} finally {
			self::in_site( '/two/', 'update_option( "quillcrm_bounce_intake", "webhook" ); return true;' );
		}

		$this->assertStringStartsWith( 'redirect: ', $answers['intake'] );
		$this->assertSame( 'sqs', $answers['stored'] );
	}

	public function testASiteCannotTakeTheQueueAnotherSiteTakesItsMessagesFrom(): void {
		self::in_site( '/', 'update_option( "quillcrm_bounce_intake", "sqs" ); update_option( "quillcrm_bounce_queue_url", "https://sqs.eu-central-1.amazonaws.com/123456789012/network-site-two" ); return true;' );
		try {
			$answers = self::in_site( '/two/', self::as_user( '$user = 1;', false ) );
		} finally {
			self::in_site( '/', 'update_option( "quillcrm_bounce_intake", "webhook" ); delete_option( "quillcrm_bounce_queue_url" ); return true;' );
		}

		$this->assertStringContainsString( 'quillcrm_bounce_notice=intake_queue_used_by_other_site', $answers['intake'] );
		$this->assertSame( 'webhook', $answers['stored'] );
	}

	public function testASiteAdministratorsSettingsPageShowsNoneOfTheServersPathsOrDirectives(): void {
		$password = 'site-admin-' . bin2hex( random_bytes( 6 ) );
		$login    = self::in_site( '/two/', 'wp_set_current_user( 1 ); do_action( "admin_init" ); update_option( "quillcrm_bounce_intake", "sqs" ); update_option( "quillcrm_bounce_queue_url", "https://sqs.eu-central-1.amazonaws.com/123456789012/network-site-two" ); $login = "page-admin-" . wp_generate_password( 6, false ); wp_insert_user( array( "user_login" => $login, "user_pass" => "' . $password . '", "role" => "administrator" ) ); return $login;' );
		$web      = self::serve_network();
		try {
			$site_admin    = self::settings_page( $web['port'], '/two/', $login, $password );
			$network_admin = self::settings_page( $web['port'], '/two/', 'admin', 'network-password' );
		} finally {
			proc_terminate( $web['process'] );
			proc_close( $web['process'] );
			self::in_site( '/two/', 'update_option( "quillcrm_bounce_intake", "webhook" ); return true;' );
		}

		$server_only = array( 'quillcrm-cron-line', self::$dir, 'Certificate cache:', 'quillcrm_sns.test_ca_file =', 'AWS credentials from', 'All checks in Tools → Site Health' );
		foreach ( $server_only as $text ) {
			$this->assertStringNotContainsString( $text, $site_admin, 'a site administrator' );
			$this->assertStringContainsString( $text, $network_admin, 'the network\'s administrator' );
		}
		$this->assertStringContainsString( 'id="quillcrm-queue-table"', $site_admin, 'the queue\'s health is the site\'s' );
		// No worker ran: the fix of queue_worker_silent is the network administrator's to apply.
		$this->assertStringContainsString( 'Ask the network&#039;s administrator', $site_admin );
		$this->assertStringNotContainsString( 'Ask the network&#039;s administrator', $network_admin );
		$this->assertStringContainsString( 'id="quillcrm-test-trust-warning"', $site_admin, 'test-only trust is shown to everyone' );
	}

	public function testSetUpInAwsDoesNotRunWithTheQueueAnotherSiteTakesItsMessagesFrom(): void {
		self::in_site( '/', 'update_option( "quillcrm_bounce_intake", "sqs" ); update_option( "quillcrm_bounce_queue_url", "https://sqs.eu-central-1.amazonaws.com/123456789012/network-main" ); return true;' );
		self::in_site( '/two/', 'update_option( "quillcrm_bounce_intake", "sqs" ); update_option( "quillcrm_bounce_queue_url", "https://sqs.eu-central-1.amazonaws.com/123456789012/network-two-own" ); return true;' );
		try {
			$result = self::in_site(
				'/two/',
				'wp_set_current_user( 1 );
				add_filter( "wp_redirect", static function () { throw new RuntimeException( "redirect" ); } );
				$_POST = $_REQUEST = array( "_wpnonce" => wp_create_nonce( "quillcrm_bounce_aws_setup" ), "quillcrm_aws_region" => "eu-central-1", "quillcrm_aws_topic" => "network-two", "quillcrm_aws_identity" => "", "quillcrm_aws_configuration_set" => "", "quillcrm_aws_queue_name" => "network-main" );
				try { do_action( "admin_post_quillcrm_bounce_aws_setup" ); } catch ( RuntimeException $e ) {}
				return get_transient( QuillCRM\Bounce\AwsSetup::RESULT_TRANSIENT_PREFIX . "1" );'
			);
		} finally {
			self::in_site( '/', 'update_option( "quillcrm_bounce_intake", "webhook" ); delete_option( "quillcrm_bounce_queue_url" ); return true;' );
			self::in_site( '/two/', 'update_option( "quillcrm_bounce_intake", "webhook" ); return true;' );
		}

		$this->assertSame( array( false, 'queue_used_by_other_site', array() ), array( $result['ok'], $result['error'], $result['steps'] ), 'refused before any AWS call' );
	}

	public function testOnANetworkOnlyItsAdministratorIsToldToFixThePhpBuild(): void {
		// The plain-PHP fallback answers (no extension): a notice says how to
		// build the extension, which only the network's administrator can do.
		$fallback_notice = 'ob_start(); do_action( "admin_notices" ); return str_contains( (string) ob_get_clean(), "quillcrm-fallback-notice" );';
		$flags           = self::$site->php_flags_without_the_extension();

		$site_admin    = self::in_site( '/two/', 'wp_set_current_user( wp_insert_user( array( "user_login" => "site-admin-" . wp_generate_password( 6, false ), "user_pass" => wp_generate_password(), "role" => "administrator" ) ) ); ' . $fallback_notice, false, $flags );
		$network_admin = self::in_site( '/two/', 'wp_set_current_user( 1 ); ' . $fallback_notice, false, $flags );

		$this->assertSame( array( 'site administrator' => false, 'network administrator' => true ), array( 'site administrator' => $site_admin, 'network administrator' => $network_admin ) );
	}

	public function testADeliveryToASubSitesWebhookChangesThatSiteAloneAndItsKeyOpensNoOtherSite(): void {
		$key   = self::in_site( '/two/', 'wp_set_current_user( 1 ); do_action( "admin_init" ); update_option( "' . Site::TOPICS_OPTION . '", array( "' . E2eTestCase::TOPIC . '" ) ); return (string) get_option( "quillcrm_bounce_webhook_key" );' );
		$email = Site::unique_email( 'network-two' );
		foreach ( array( self::PREFIX . '2_', self::PREFIX ) as $prefix ) {
			self::$site->exec( "INSERT INTO {$prefix}quillcrm_contacts (email, status, soft_bounce_count, created_at, updated_at) VALUES (?, 'subscribed', 0, UTC_TIMESTAMP(), UTC_TIMESTAMP())", array( $email ) );
		}
		$signer = new SnsSigner( self::$site->pki( 'signing.key' ) );
		$web    = self::serve_network();
		try {
			$to_two  = self::post( $web['port'], '/two/', $key, $signer->notification( E2eTestCase::TOPIC, SesPayload::permanent_bounce( $email ) ) );
			$to_main = self::post( $web['port'], '/', $key, $signer->notification( E2eTestCase::TOPIC, SesPayload::permanent_bounce( $email ) ) );
		} finally {
			proc_terminate( $web['process'] );
			proc_close( $web['process'] );
		}

		$this->assertSame( array( 200, 403 ), array( $to_two['status'], $to_main['status'] ), $to_two['body'] . ' | ' . $to_main['body'] );
		$status = static fn( string $prefix ): string => (string) self::$site->rows( "SELECT status FROM {$prefix}quillcrm_contacts WHERE email = ?", array( $email ) )[0]['status'];
		$this->assertSame( array( 'two' => 'bounced', 'main' => 'subscribed' ), array( 'two' => $status( self::PREFIX . '2_' ), 'main' => $status( self::PREFIX ) ) );
	}

	public function testAWrongKeyAtASiteNeverSetUpIsRefusedWithoutAnErrorLogLine(): void {
		self::new_site( 'never-visited' );
		$log  = self::$site->stack['run_dir'] . '/wp-debug-multisite.log';
		$size = is_file( $log ) ? (int) filesize( $log ) : 0;
		$web  = self::serve_network();
		try {
			$answer = self::post( $web['port'], '/never-visited/', 'no-such-key', ( new SnsSigner( self::$site->pki( 'signing.key' ) ) )->notification( E2eTestCase::TOPIC, SesPayload::permanent_bounce( 'x@example.test' ) ) );
		} finally {
			proc_terminate( $web['process'] );
			proc_close( $web['process'] );
		}

		$this->assertSame( 403, $answer['status'], $answer['body'] );
		clearstatcache();
		$this->assertStringNotContainsString( 'QuillCRM', is_file( $log ) ? (string) file_get_contents( $log, false, null, $size ) : '' );
	}

	public function testAWorkerGivenTheUrlOfNoSiteOfTheNetworkSaysSoAndTakesNothing(): void {
		$run = self::drain_for( 'http://' . self::DOMAIN . '/no-such-site/' );

		$this->assertSame( 1, $run['exit'], $run['out'] );
		$this->assertStringContainsString( 'no site of this network is at http://' . self::DOMAIN . '/no-such-site/', $run['err'] );
	}

	/**
	 * @testWith ["http://multisite.test/two/"]
	 *           ["http://multisite.test/two"]
	 *           ["https://WWW.Multisite.test:443/Two/"]
	 */
	public function testAWorkerGivenASitesUrlAsWordPressFindsItRuns( string $url ): void {
		$run = self::drain_for( $url );

		$this->assertSame( array( 0, 'off' ), array( $run['exit'], json_decode( $run['out'], true )['outcome'] ?? null ), $run['err'] );
	}

	public function testNetworkDeactivationRemovesTheCronEventsOfEverySite(): void {
		self::in_site( '/two/', 'wp_set_current_user( 1 ); do_action( "admin_init" ); return true;' );
		$scheduled = 'return array( (bool) wp_next_scheduled( QuillCRM\Bounce\Retention::CRON_HOOK ), (bool) wp_next_scheduled( QuillCRM\Bounce\Rates::CRON_HOOK ) );';
		$this->assertSame( array( true, true ), self::in_site( '/two/', $scheduled ), 'scheduled before' );

		self::in_site( '/', 'deactivate_plugins( "' . self::PLUGIN . '", false, true ); return true;' );

		// The plugin's classes are no longer loaded: the hook names as strings.
		$after = 'return array( (bool) wp_next_scheduled( "quillcrm_bounce_prune" ), (bool) wp_next_scheduled( "quillcrm_bounce_rate_check" ) );';
		$this->assertSame( array( array( false, false ), array( false, false ) ), array( self::in_site( '/', $after ), self::in_site( '/two/', $after ) ) );
		self::in_site( '/', 'activate_plugin( "' . self::PLUGIN . '", "", true ); return true;' );
	}

	public function testNetworkActivationGivesEverySiteSetUpBeforeItsCronEventsBack(): void {
		self::in_site( '/two/', 'wp_set_current_user( 1 ); do_action( "admin_init" ); return true;' );
		self::in_site( '/', 'deactivate_plugins( "' . self::PLUGIN . '", false, true ); return true;' );

		self::in_site( '/', 'activate_plugin( "' . self::PLUGIN . '", "", true ); return true;' );

		$scheduled = 'return array( (bool) wp_next_scheduled( "quillcrm_bounce_prune" ), (bool) wp_next_scheduled( "quillcrm_bounce_rate_check" ) );';
		$this->assertSame( array( true, true ), self::in_site( '/two/', $scheduled ), 'without a visit to its wp-admin' );
	}

	public function testNetworkActivationLeavesASiteNeverSetUpWithoutCronEvents(): void {
		self::new_site( 'not-yet' );
		self::in_site( '/', 'deactivate_plugins( "' . self::PLUGIN . '", false, true ); return true;' );

		self::in_site( '/', 'activate_plugin( "' . self::PLUGIN . '", "", true ); return true;' );

		$this->assertSame( array( false, false ), self::in_site( '/not-yet/', 'return array( (bool) wp_next_scheduled( "quillcrm_bounce_prune" ), (bool) wp_next_scheduled( "quillcrm_bounce_rate_check" ) );' ), 'it is set up at its first administrator\'s visit' );
	}

	public function testUninstallRemovesEverySitesTablesAndOptionsAndEachNetworksRecord(): void {
		self::in_site( '/two/', 'wp_set_current_user( 1 ); do_action( "admin_init" ); return true;' );
		// The record of this network, and of a second network of the same installation.
		self::$site->exec( 'INSERT IGNORE INTO ' . self::PREFIX . "site (id, domain, path) VALUES (2, 'second.test', '/')" );
		self::in_site( '/', 'update_site_option( QuillCRM\Bounce\Extension::IMPLEMENTATION_OPTION, "extension" ); update_network_option( 2, QuillCRM\Bounce\Extension::IMPLEMENTATION_OPTION, "php" ); return true;' );
		$this->assertNotSame( array(), preg_grep( '/quillcrm_bounce_/', self::tables() ) );

		self::in_site( '/', 'deactivate_plugins( "' . self::PLUGIN . '", false, true ); define( "WP_UNINSTALL_PLUGIN", "' . self::PLUGIN . '" ); include WP_PLUGIN_DIR . "/quillcrm-bounce/uninstall.php"; return true;' );

		$this->assertSame( array(), array_values( preg_grep( '/quillcrm_bounce_/', self::tables() ) ), 'no table of the plugin on any site' );
		$options = self::$site->rows( 'SELECT option_name FROM ' . self::PREFIX . 'options WHERE option_name LIKE ? UNION ALL SELECT option_name FROM ' . self::PREFIX . '2_options WHERE option_name LIKE ?', array( 'quillcrm\_bounce\_%', 'quillcrm\_bounce\_%' ) );
		$this->assertSame( array(), $options, 'no option of the plugin on any site' );
		$this->assertSame( array(), self::$site->rows( 'SELECT meta_key FROM ' . self::PREFIX . "sitemeta WHERE meta_key LIKE 'quillcrm\\_bounce\\_%'" ), 'no network option' );
		self::in_site( '/', 'activate_plugin( "' . self::PLUGIN . '", "", true ); return true;' );
	}

	/**
	 * Code that, as the user $pick_user sets, posts the queue intake form and,
	 * with $setup, the "Set up in AWS" form (each with the user's own valid
	 * nonce), and returns how each ended (wp_die, or its redirect) and the
	 * intake then stored.
	 */
	private static function as_user( string $pick_user, bool $setup = true ): string {
		return $pick_user . '
			wp_set_current_user( $user );
			add_filter( "wp_die_handler", static fn() => static function ( $message ) { throw new RuntimeException( "wp_die: " . ( is_string( $message ) ? $message : "" ) ); } );
			add_filter( "wp_redirect", static function ( $location ) { throw new RuntimeException( "redirect: " . $location ); } );
			$post = static function ( string $action, array $fields ): string {
				$_POST = $_REQUEST = $fields + array( "_wpnonce" => wp_create_nonce( $action ) );
				try {
					do_action( "admin_post_" . $action );
					return "went through";
				} catch ( RuntimeException $e ) {
					return $e->getMessage();
				}
			};
			$answers = array( "intake" => $post( "quillcrm_bounce_save_intake", array( "quillcrm_intake" => "sqs", "quillcrm_queue_url" => "https://sqs.eu-central-1.amazonaws.com/123456789012/network-site-two" ) ) );
			' . ( $setup ? '$answers["setup"] = $post( "quillcrm_bounce_aws_setup", array( "quillcrm_aws_region" => "eu-central-1", "quillcrm_aws_topic" => "t", "quillcrm_aws_identity" => "", "quillcrm_aws_configuration_set" => "", "quillcrm_aws_queue_name" => "q" ) );' : '' ) . '
			$answers["stored"] = (string) get_option( "quillcrm_bounce_intake", "webhook" );
			return $answers;';
	}

	/**
	 * An nginx of the network's own, on a free port, handing PHP to the test
	 * site's php-fpm (the same PHP, extension and test-only trust), with the
	 * Host header WordPress maps to the network: started here, stopped by
	 * the caller through its process.
	 *
	 * @return array{port: int, process: resource}
	 */
	private static function serve_network(): array {
		$run  = (string) self::$site->stack['run_dir'];
		$dir  = "$run/multisite-nginx";
		$port = self::free_port();
		@mkdir( "$dir/tmp", 0700, true );
		$user = 0 === posix_getuid() ? 'user root root;' : '';
		file_put_contents(
			"$dir/nginx.conf",
			"$user\ndaemon off;\nworker_processes 1;\npid $dir/nginx.pid;\nerror_log $dir/error.log warn;\nevents { worker_connections 64; }\n"
			. "http {\n\taccess_log off;\n\tclient_body_temp_path $dir/tmp/body;\n\tfastcgi_temp_path $dir/tmp/fastcgi;\n\tproxy_temp_path $dir/tmp/proxy;\n\tuwsgi_temp_path $dir/tmp/uwsgi;\n\tscgi_temp_path $dir/tmp/scgi;\n"
			. "\tserver {\n\t\tlisten 127.0.0.1:$port;\n\t\troot " . self::$dir . ";\n\t\tindex index.php;\n"
			. "\t\t# A subdirectory network: /two/wp-login.php is /wp-login.php for site two.\n"
			. "\t\tif (!-e \$request_filename) {\n\t\t\trewrite ^(/[^/]+)?(/wp-.*) \$2 last;\n\t\t\trewrite ^(/[^/]+)?(/.*\\.php) \$2 last;\n\t\t}\n"
			. "\t\tlocation / { try_files \$uri \$uri/ /index.php?\$args; }\n"
			. "\t\tlocation ~ \\.php\$ {\n\t\t\ttry_files \$uri =404;\n\t\t\tinclude /etc/nginx/fastcgi_params;\n\t\t\tfastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;\n\t\t\tfastcgi_param HTTP_HOST \$host;\n\t\t\tfastcgi_pass unix:$run/php-fpm.sock;\n\t\t}\n\t}\n}\n"
		);
		$process = proc_open( array( 'nginx', '-p', $dir, '-c', "$dir/nginx.conf" ), array( 1 => array( 'file', "$dir/stdout.log", 'a' ), 2 => array( 'file', "$dir/stderr.log", 'a' ) ), $pipes );
		Faults::wait_until( static fn(): bool => is_resource( @fsockopen( '127.0.0.1', $port ) ), 10, "the network's nginx (see $dir/stderr.log)" );
		return array(
			'port'    => $port,
			'process' => $process,
		);
	}

	/**
	 * POSTs a signed SNS envelope to the webhook of the network's site at $path.
	 *
	 * @param array<string,string> $envelope
	 * @return array{status: int, body: string}
	 */
	private static function post( int $port, string $path, string $key, array $envelope ): array {
		$ch = curl_init( "http://127.0.0.1:$port$path?" . http_build_query( array( 'quillcrm_webhook' => 'bounce', 'provider' => 'amazonses', 'key' => $key ) ) );
		curl_setopt_array(
			$ch,
			array(
				CURLOPT_POST           => true,
				CURLOPT_POSTFIELDS     => SnsSigner::body( $envelope ),
				CURLOPT_HTTPHEADER     => array_merge( SnsSigner::headers( $envelope ), array( 'Host: ' . self::DOMAIN ) ),
				CURLOPT_RETURNTRANSFER => true,
				CURLOPT_TIMEOUT        => 30,
			)
		);
		$body = (string) curl_exec( $ch );
		return array(
			'status' => (int) curl_getinfo( $ch, CURLINFO_RESPONSE_CODE ),
			'body'   => $body,
		);
	}

	/**
	 * The Bounce Handling page of the network's site at $path, as $user
	 * (logged in through wp-login.php).
	 */
	private static function settings_page( int $port, string $path, string $user, string $password ): string {
		$jar  = (string) tempnam( sys_get_temp_dir(), 'quillcrm-ms-' );
		$base = 'http://' . self::DOMAIN . ":$port$path";
		try {
			self::http( $base . 'wp-login.php', $jar );
			$in = self::http( $base . 'wp-login.php', $jar, array( 'log' => $user, 'pwd' => $password, 'wp-submit' => 'Log In', 'testcookie' => '1' ) );
			if ( 302 !== $in['status'] ) {
				throw new \RuntimeException( "login of $user at $path failed: HTTP {$in['status']}" );
			}
			$page = self::http( $base . 'wp-admin/admin.php?page=quillcrm-settings&tab=smtp', $jar );
			if ( 200 !== $page['status'] ) {
				throw new \RuntimeException( "the settings page answered HTTP {$page['status']} to $user" );
			}
			return $page['body'];
		} finally {
			unlink( $jar );
		}
	}

	/**
	 * GET (or, with $post, POST) $url on the network's nginx, its host name
	 * resolved there; cookies kept in $jar.
	 *
	 * @param array<string,string>|null $post
	 * @return array{status: int, body: string}
	 */
	private static function http( string $url, string $jar, ?array $post = null ): array {
		$port = (int) parse_url( $url, PHP_URL_PORT );
		$ch   = curl_init( $url );
		curl_setopt_array(
			$ch,
			array(
				CURLOPT_RESOLVE        => array( self::DOMAIN . ":$port:127.0.0.1" ),
				CURLOPT_COOKIEJAR      => $jar,
				CURLOPT_COOKIEFILE     => $jar,
				CURLOPT_RETURNTRANSFER => true,
				CURLOPT_TIMEOUT        => 30,
			)
		);
		if ( null !== $post ) {
			curl_setopt( $ch, CURLOPT_POSTFIELDS, http_build_query( $post ) );
		}
		$body   = (string) curl_exec( $ch );
		$status = (int) curl_getinfo( $ch, CURLINFO_RESPONSE_CODE );
		unset( $ch ); // Writes the cookie jar.
		return array(
			'status' => $status,
			'body'   => $body,
		);
	}

	private static function free_port(): int {
		$socket = stream_socket_server( 'tcp://127.0.0.1:0' );
		$port   = (int) substr( (string) strrchr( (string) stream_socket_get_name( $socket, false ), ':' ), 1 );
		fclose( $socket );
		return $port;
	}

	/** Creates a sub-site at /$path/; its id. */
	private static function new_site( string $path ): int {
		$id = self::in_site( '/', 'return wp_insert_site( array( "domain" => "' . self::DOMAIN . '", "path" => "/' . $path . '/", "title" => "' . $path . '", "user_id" => 1 ) );' );
		if ( ! is_int( $id ) ) {
			throw new \RuntimeException( "wp_insert_site($path) failed: " . var_export( $id, true ) );
		}
		return $id;
	}

	/**
	 * Runs $code in the site at $path (see site/multisite-run.php), with the
	 * stack's php flags or $php_flags; what it returns.
	 *
	 * @param list<string>|null $php_flags
	 * @return mixed
	 */
	private static function in_site( string $path, string $code, bool $install = false, ?array $php_flags = null ) {
		$run = self::php( array_merge( array( dirname( __DIR__ ) . '/site/multisite-run.php', self::$dir, self::DOMAIN, $path ), $install ? array( 'install' ) : array() ), $code, $php_flags );
		if ( 0 !== $run['exit'] ) {
			throw new \RuntimeException( "multisite-run.php $path exited {$run['exit']}: {$run['err']} {$run['out']}" );
		}
		return json_decode( $run['out'], true, 16, JSON_THROW_ON_ERROR );
	}

	/**
	 * The network's queue worker (bin/drain.php of its plugin copy) run for
	 * --url=$url, five seconds at most.
	 *
	 * @return array{exit: int, out: string, err: string}
	 */
	private static function drain_for( string $url ): array {
		return self::php( array( self::$dir . '/wp-content/plugins/quillcrm-bounce/bin/drain.php', '--wp=' . self::$dir, '--seconds=5', '--url=' . $url ) );
	}

	/**
	 * The stack's PHP (its -d flags, or $php_flags) run with $args, $stdin on
	 * its standard input.
	 *
	 * @param list<string>      $args
	 * @param list<string>|null $php_flags
	 * @return array{exit: int, out: string, err: string}
	 */
	private static function php( array $args, string $stdin = '', ?array $php_flags = null ): array {
		$command = array_merge( array( (string) self::$site->stack['php_cli'] ), $php_flags ?? (array) self::$site->stack['php_flags'], $args );
		$proc    = proc_open( $command, array( 0 => array( 'pipe', 'r' ), 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes );
		fwrite( $pipes[0], $stdin );
		fclose( $pipes[0] );
		$out  = (string) stream_get_contents( $pipes[1] );
		$err  = (string) stream_get_contents( $pipes[2] );
		$exit = proc_close( $proc );
		return array(
			'exit' => $exit,
			'out'  => $out,
			'err'  => $err,
		);
	}

	/** @return list<string> the network's tables */
	private static function tables(): array {
		return array_column( self::$site->rows( 'SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE ?', array( str_replace( '_', '\\_', self::PREFIX ) . '%' ) ), 'TABLE_NAME' );
	}

	private static function drop_network_tables(): void {
		foreach ( self::tables() as $table ) {
			self::$site->exec( "DROP TABLE `$table`" );
		}
	}

	/** wp-config.php of the network: before the network exists, WP_ALLOW_MULTISITE only. */
	private static function write_config( bool $network ): void {
		$stack = self::$site->stack;
		$salts = '';
		foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
			$salts .= "define( '$name', 'multisite-e2e-$name' );\n";
		}
		$multisite = $network
			? "define( 'MULTISITE', true );\ndefine( 'SUBDOMAIN_INSTALL', false );\ndefine( 'DOMAIN_CURRENT_SITE', '" . self::DOMAIN . "' );\ndefine( 'PATH_CURRENT_SITE', '/' );\ndefine( 'SITE_ID_CURRENT_SITE', 1 );\ndefine( 'BLOG_ID_CURRENT_SITE', 1 );\n"
			: '';
		file_put_contents(
			self::$dir . '/wp-config.php',
			"<?php\n// The multisite network of tests/e2e/tests/MultisiteTest.php.\n"
			. "define( 'DB_NAME', '{$stack['db_name']}' );\ndefine( 'DB_USER', '{$stack['db_user']}' );\ndefine( 'DB_PASSWORD', '{$stack['db_password']}' );\n"
			. "define( 'DB_HOST', '127.0.0.1:{$stack['db_port']}' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\ndefine( 'DB_COLLATE', '' );\n"
			. $salts
			. "\$table_prefix = '" . self::PREFIX . "';\n"
			. "define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );\ndefine( 'WP_HTTP_BLOCK_EXTERNAL', true );\ndefine( 'DISABLE_WP_CRON', true );\n"
			. "define( 'AUTOMATIC_UPDATER_DISABLED', true );\ndefine( 'DISALLOW_FILE_MODS', true );\ndefine( 'WP_DEBUG', true );\ndefine( 'WP_DEBUG_DISPLAY', false );\n"
			. "define( 'WP_DEBUG_LOG', '{$stack['run_dir']}/wp-debug-multisite.log' );\ndefine( 'WP_ALLOW_MULTISITE', true );\n"
			. $multisite
			. "if ( ! defined( 'ABSPATH' ) ) {\n\tdefine( 'ABSPATH', __DIR__ . '/' );\n}\nrequire_once ABSPATH . 'wp-settings.php';\n"
		);
	}

	private static function shell( string $command ): void {
		exec( $command . ' 2>&1', $output, $status );
		if ( 0 !== $status ) {
			throw new \RuntimeException( "$command: " . implode( "\n", $output ) );
		}
	}
}
