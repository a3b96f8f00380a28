<?php
/**
 * The plugin's screens in a real browser (headless Chromium via
 * chromedriver): the webhook URL carries the current key and "Regenerate"
 * revokes the old one; Site Health lists the plugin's tests; the Bounces
 * list, a contact's history and the un-bounce confirmation work with a
 * mouse; and axe-core (npm, tests/e2e/node_modules), injected into each
 * plugin screen, finds no serious or critical accessibility violation.
 * Screenshots: <run dir>/screenshots/.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;
use QuillCRM\E2E\WebDriver;

final class BrowserTest extends E2eTestCase {
	private const SETTINGS_PATH = 'admin.php?page=quillcrm-settings&tab=smtp';

	private ?WebDriver $browser = null;
	private string $shots;

	protected function setUp(): void {
		parent::setUp();
		$run         = (string) $this->site->stack['run_dir'];
		$this->shots = $run . '/screenshots';
		$profile     = $run . '/chromium-profile-' . bin2hex( random_bytes( 4 ) );
		// Beside the stack's own port, so two stacks on one machine never share a chromedriver.
		$this->browser = new WebDriver( $run, (int) ( getenv( 'E2E_CHROMEDRIVER_PORT' ) ?: $this->site->stack['http_port'] + 1435 ) );
		$this->browser->start_session( $profile );
	}

	protected function tearDown(): void {
		if ( null !== $this->browser ) {
			if ( $this->hasFailed() ) {
				try {
					$this->browser->screenshot( $this->shots . '/failure-' . $this->getName( false ) . '.png' );
				} catch ( \Throwable $e ) {
					unset( $e );
				}
			}
			$this->browser->quit();
			$this->browser = null;
		}
		parent::tearDown();
	}

	private const AXE = __DIR__ . '/../node_modules/axe-core/axe.min.js';

	/** Logs in through the test-only helper, straight onto a wp-admin path. */
	private function open( string $path, string $css ): void {
		$b = $this->browser;
		$b->go( $this->site->url( '/?e2e_login=' . rawurlencode( (string) $this->site->stack['login_token'] ) . '&to=' . rawurlencode( $path ) ) );
		$b->wait_for( fn() => $b->find( $css ), 15, "$css on $path (now at " . $b->current_url() . ')' );
	}

	/**
	 * Injects axe-core into the page and runs it.
	 *
	 * @return list<array{id:string, impact:string, help:string, nodes:list<string>}> the serious and critical violations
	 */
	private function axe_violations(): array {
		$this->assertFileExists( self::AXE, 'axe-core is installed (./build.sh deps: npm ci --prefix tests/e2e)' );
		$b      = $this->browser;
		$loaded = $b->execute( 'var s = document.createElement("script"); s.text = arguments[0]; document.head.appendChild(s); return typeof window.axe;', array( (string) file_get_contents( self::AXE ) ) );
		$this->assertSame( 'object', $loaded, 'axe-core runs in the page' );
		$result = $b->execute_async(
			'var done = arguments[arguments.length - 1];'
			. ' axe.run(document, {resultTypes: ["violations"]}).then(function (r) {'
			. '  done(r.violations.filter(function (v) { return v.impact === "serious" || v.impact === "critical"; }).map(function (v) {'
			. '   return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(" ") + " " + n.html.slice(0, 160); })};'
			. '  }));'
			. ' }).catch(function (e) { done({error: String(e)}); });'
		);
		$this->assertIsArray( $result );
		$this->assertArrayNotHasKey( 'error', $result, 'axe.run() failed' );
		return $result;
	}

	/** A contact bounced, then complained: something in each plugin screen. */
	private function complained_contact(): string {
		$email = $this->new_contact( 'browser-unbounce' );
		$this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ) ) );
		$this->site->deliver( $this->notification( SesPayload::complaint( $email ) ) );
		$this->assertContactState( $email, 'complained', 1 );
		return $email;
	}

	public function testNoPluginScreenHasASeriousOrCriticalAccessibilityViolation(): void {
		$email   = $this->complained_contact();
		$id      = (int) $this->site->contact( $email )['id'];
		$screens = array(
			'10-bounce-handling'        => array( 'admin.php?page=quillcrm-settings&tab=smtp', '#quillcrm-status-line' ),
			'11-bounces'                => array( 'admin.php?page=quillcrm-bounces', '#the-list' ),
			'12-history'                => array( "admin.php?page=quillcrm-bounces&contact=$id", '#quillcrm-history' ),
			'13-unbounce-confirmation'  => array( "admin.php?page=quillcrm-bounces&contact=$id&reactivate=1", '#quillcrm-reactivate-form' ),
		);
		$found = array();
		foreach ( $screens as $shot => list( $path, $css ) ) {
			$this->open( $path, $css );
			$this->browser->screenshot( $this->shots . "/$shot.png" );
			foreach ( $this->axe_violations() as $violation ) {
				$found[] = "$path: {$violation['impact']} {$violation['id']} ({$violation['help']}): " . implode( ' | ', $violation['nodes'] );
			}
		}

		$this->assertSame( array(), $found, 'axe-core: no serious or critical violation on the plugin screens' );
	}

	public function testSiteHealthListsThePluginsTests(): void {
		$this->open( 'site-health.php', '.health-check-body' );
		$b    = $this->browser;
		$text = (string) $b->wait_for(
			function () use ( $b ) {
				$body = (string) $b->execute( 'return document.body.innerText;' );
				return str_contains( $body, 'Test-only trust is on' ) ? $body : null;
			},
			30,
			"the plugin's Site Health results"
		);
		$b->execute( 'document.querySelectorAll(".health-check-accordion-trigger").forEach(function (t) { if (t.innerText.indexOf("quillcrm_sns") !== -1 || t.innerText.indexOf("Amazon") !== -1) { t.click(); } });' );
		$b->screenshot( $this->shots . '/14-site-health.png' );

		$this->assertStringContainsString( 'Test-only trust is on', $text );
		$this->assertStringContainsString( 'Bounce handling', $text, "the plugin's badge" );
		$this->assertSame( array(), $this->axe_violations_in( '#health-check-issues-critical' ), "axe-core on the plugin's critical result" );
	}

	/** Violations inside one element only (core's own screens: the plugin's part). */
	private function axe_violations_in( string $css ): array {
		return array_values( array_filter( $this->axe_violations(), static fn( $v ) => array() !== array_filter( $v['nodes'], static fn( $n ) => str_starts_with( $n, $css ) ) ) );
	}

	public function testUnbouncingFromTheHistoryInTheBrowser(): void {
		$email = $this->complained_contact();
		$this->open( 'admin.php?page=quillcrm-bounces&s=' . rawurlencode( $email ), '#the-list' );
		$b = $this->browser;

		$b->click( (string) $b->find( '#the-list .column-email a' ) );
		$b->wait_for( fn() => $b->find( '#quillcrm-reactivate' ), 15, 'the history with its Un-bounce button' );
		$b->click( (string) $b->find( '#quillcrm-reactivate' ) );
		$b->wait_for( fn() => $b->find( '#quillcrm-reactivate-note' ), 15, 'the confirmation' );
		$this->assertStringContainsString( 'reported your mail as spam', $b->text( (string) $b->find( '#quillcrm-warning-complaint' ) ) );
		$b->execute( 'document.getElementById("quillcrm-reactivate-note").value = arguments[0];', array( 'Re-subscribed in person at the fair.' ) );
		$b->screenshot( $this->shots . '/15-unbounce-confirmation.png' );
		$b->click( (string) $b->find( '#quillcrm-reactivate-confirm' ) );
		$b->wait_for( fn() => str_contains( $b->current_url(), 'quillcrm_bounce_notice=reactivated' ) ? true : null, 15, 'the redirect to the history after confirming' );
		$b->wait_for( fn() => $b->find( '#quillcrm-history' ), 15, 'the history after the un-bounce' );
		$b->screenshot( $this->shots . '/16-history-after-unbounce.png' );

		$this->assertContactState( $email, 'subscribed', 0 );
		$this->assertStringContainsString( 'Re-subscribed in person at the fair.', $b->text( (string) $b->find( '#quillcrm-history' ) ) );
	}

	public function testRegeneratingTheKeyOnTheSettingsPageRevokesTheOldWebhookUrl(): void {
		$b       = $this->browser;
		$old_key = $this->site->key();

		// Log in through the test-only helper, straight onto the settings page.
		$b->go( $this->site->url( '/?e2e_login=' . rawurlencode( (string) $this->site->stack['login_token'] ) . '&to=' . rawurlencode( self::SETTINGS_PATH ) ) );
		$b->wait_for( fn() => $b->find( '#quillcrm-webhook-url' ), 15, 'the Bounce Handling page with #quillcrm-webhook-url (now at ' . $b->current_url() . ')' );
		$b->screenshot( $this->shots . '/01-bounce-handling.png' );

		$old_url = (string) $b->property( (string) $b->find( '#quillcrm-webhook-url' ), 'value' );
		$this->assertSame( $this->site->webhook_url( $old_key ), $old_url, 'the page shows the webhook URL with the current key' );
		$this->assertStringContainsString( 'key=' . $old_key, $old_url );

		// The button submits a form: POST admin-post.php, then a redirect back
		// here. Wait for that page before reading the field again (the field
		// of the old page can go stale between find() and property()).
		$b->click( (string) $b->find( '#quillcrm-regenerate-key' ) );
		$b->wait_for(
			fn() => str_contains( $b->current_url(), 'quillcrm_bounce_notice=key_regenerated' ) ? true : null,
			15,
			'the redirect back to the settings page (quillcrm_bounce_notice=key_regenerated) after clicking #quillcrm-regenerate-key'
		);
		$new_url = (string) $b->wait_for(
			function () use ( $b, $old_url ) {
				$el = $b->find( '#quillcrm-webhook-url' );
				$v  = null === $el ? null : $b->property( $el, 'value' );
				return ( null !== $v && '' !== $v && $v !== $old_url ) ? $v : null;
			},
			15,
			'a new webhook URL after clicking #quillcrm-regenerate-key'
		);
		$b->screenshot( $this->shots . '/02-key-regenerated.png' );

		$new_key = $this->site->key();
		$this->assertNotSame( $old_key, $new_key, 'the stored key changed' );
		$this->assertSame( $this->site->webhook_url( $new_key ), $new_url, 'the page shows the new key' );

		$email = $this->new_contact( 'browser' );
		$stale = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ), $old_url );
		$this->assertAnswer( 403, $stale, 'rejected', 'invalid_key', 'a delivery to the old URL' );
		$this->assertContactState( $email, 'subscribed', 0 );

		$fresh = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ), $new_url );
		$this->assertAnswer( 200, $fresh, 'bounce', null, 'a delivery to the new URL' );
		$this->assertContactState( $email, 'bounced', 0 );

		$b->go( $this->site->url( '/wp-admin/' . self::SETTINGS_PATH ) );
		$b->wait_for( fn() => $b->find( '#quillcrm-webhook-url' ), 15, 'the settings page again' );
		$b->screenshot( $this->shots . '/03-after-deliveries.png' );
	}
}
