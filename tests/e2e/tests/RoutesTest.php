<?php
/**
 * The URLs SNS may be subscribed to: the current webhook URL (any permalink
 * setting) and the legacy REST route, in both its forms.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;

final class RoutesTest extends E2eTestCase {

	public function testLegacyRestRouteAppliesAHardBounce(): void {
		$email = $this->new_contact( 'legacy-pretty' );
		$url   = $this->site->url( '/wp-json/qc/v1/webhooks/bounce/amazonses?key=' . rawurlencode( $this->site->key() ) );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ), $url );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	public function testLegacyRestRouteQueryFormAppliesAHardBounce(): void {
		$email = $this->new_contact( 'legacy-query' );
		$url   = $this->site->url( '/?rest_route=/qc/v1/webhooks/bounce/amazonses&key=' . rawurlencode( $this->site->key() ) );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ), $url );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	public function testLegacyRestRouteRejectsAWrongKeyWith403(): void {
		$email = $this->new_contact( 'legacy-wrong-key' );
		$url   = $this->site->url( '/wp-json/qc/v1/webhooks/bounce/amazonses?key=' . str_repeat( 'f', 48 ) );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ), $url );

		$this->assertSame( 403, $r['status'], $r['body'] );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testWebhookWorksOnAnyFrontUrlWithPlainPermalinks(): void {
		$email = $this->new_contact( 'plain-permalinks' );
		$saved = $this->site->option( 'permalink_structure' );
		$this->site->set_option( 'permalink_structure', '' );
		try {
			$url = $this->site->url( '/index.php?' . parse_url( $this->site->webhook_url(), PHP_URL_QUERY ) );
			$r   = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ), $url );
		} finally {
			$this->site->set_option( 'permalink_structure', (string) $saved );
		}

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 0 );
	}
}
