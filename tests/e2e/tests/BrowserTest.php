<?php
/**
 * The Bounce Handling settings page in a real browser (headless Chromium via
 * chromedriver): the webhook URL carries the current key; "Regenerate" makes
 * a new one at once, and the old URL then gets 403 while the new one works.
 * Screenshots: <run dir>/screenshots/.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
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
